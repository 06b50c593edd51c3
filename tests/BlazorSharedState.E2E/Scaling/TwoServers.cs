using BlazorSharedState.E2E.Chat;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Scaling;

/// <summary>
/// Two real app processes on two loopback ports with one real redis-server behind them, as a
/// load balancer with sticky sessions would spread people over them, and one Chromium.
/// </summary>
internal sealed class TwoServers : IAsyncDisposable
{
    private readonly List<AppUser> _users = [];

    private TwoServers(RedisServer redis, ChromiumBrowser chromium)
    {
        Redis = redis;
        Chromium = chromium;
        var settings = new Dictionary<string, string>
        {
            ["SharedState__Log"] = "Redis",
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
        };
        One = new AppProcess(settings);
        Two = new AppProcess(settings);
    }

    public RedisServer Redis { get; }

    public ChromiumBrowser Chromium { get; }

    public AppProcess One { get; }

    public AppProcess Two { get; }

    public static async Task<TwoServers> StartAsync()
    {
        var servers = new TwoServers(await RedisServer.StartNewAsync(), await ChromiumBrowser.LaunchAsync());
        await Task.WhenAll(servers.One.StartAsync(), servers.Two.StartAsync());
        return servers;
    }

    /// <summary>A person whose tabs open on <paramref name="server"/> unless given a full address.</summary>
    public async Task<AppUser> NewUserAsync(AppProcess server)
    {
        var user = await Chromium.NewUserAsync(server.BaseUrl);
        _users.Add(user);
        return user;
    }

    /// <summary>Alice on the first server and Bob on the second, each named, each in #general.</summary>
    public async Task<(AppUser Alice, AppUser Bob, IPage AliceChat, IPage BobChat)> MeetInChatAsync()
    {
        var (alice, bob) = (await NewUserAsync(One), await NewUserAsync(Two));
        var (aliceChat, bobChat) = (await alice.OpenAsync("chat/general"), await bob.OpenAsync("chat/general"));
        await aliceChat.SetNicknameAsync("Alice");
        await bobChat.SetNicknameAsync("Bob");
        return (alice, bob, aliceChat, bobChat);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _users)
        {
            await user.DisposeAsync();
        }

        await One.DisposeAsync();
        await Two.DisposeAsync();
        await Chromium.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
