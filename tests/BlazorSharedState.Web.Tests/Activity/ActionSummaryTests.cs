using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Housekeeping;
using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>Every action of the app reads as a sentence on /activity, and links to the page that shows it.</summary>
public sealed class ActionSummaryTests
{
    private static readonly ActionMeta Meta = new(42, Guid.Empty, DateTimeOffset.UnixEpoch, "alice", "alice-tab");

    /// <summary>A sample of each action type, the line /activity shows for it and the page its "at this moment" link opens.</summary>
    private static readonly Dictionary<Type, (object Action, string Text, string Page)> Samples = new[]
    {
        (new CreateRoom("Lobby-2"), "created room #lobby-2", "chat/lobby-2"),
        (new DeleteRoom("Lobby-2"), "deleted room #lobby-2", "chat"),
        (new SendMessage("general", "hello"), "posted in #general: hello", "chat/general"),
        (new DeleteMessage("general", 7), "deleted a message in #general", "chat/general"),
        (new StartTyping("random"), "is typing in #random", "chat/random"),
        (new ExpireTyping("random"), "stopped typing in #random", "chat/random"),
        (new EnterRoom("random"), "entered #random", "chat/random"),
        (new LeaveRoom("random"), "left #random", "chat/random"),
        (new IncrementCounter(), "+1 on the counter", "counter"),
        (new DecrementCounter(), "−1 on the counter", "counter"),
        (new ResetCounter(), "reset the counter to 0", "counter"),
        (new CreateTable(), "created table 42", "game/42"),
        (new TakeSeat("3", Disc.Red), "took the red seat at table 3", "game/3"),
        (new LeaveSeat("3"), "left their seat at table 3", "game/3"),
        (new DropDisc("3", 3), "dropped a disc in column 4 at table 3", "game/3"),
        (new Rematch("3"), "started a rematch at table 3", "game/3"),
        (new ClaimWin("3"), "claimed the win at table 3: their opponent had left", "game/3"),
        (new WatchTable("3"), "is watching table 3", "game/3"),
        (new StopWatching("3"), "stopped watching table 3", "game/3"),
        (new SetNickname("Alice"), "is now called Alice", "chat"),
        (new CircuitOpened(), "opened a tab", "chat"),
        (new CircuitClosed(), "closed a tab", "chat"),
        (new CircuitDisconnected(), "lost a tab's connection", "chat"),
        (new CircuitReconnected(), "has a tab back", "chat"),
        ((object)new ServerStarted(), "the server started", "chat"),
        (new ServerGone("web-2"), "server web-2 is gone, with its tabs", "chat"),
        (new TidyUp(), "tidied up: let go of spare rooms and tables, and of what visitors long gone left behind", "chat"),
    }.ToDictionary(s => s.Item1.GetType());

    /// <summary>Every action type the app's store knows, by logged name: a new one joins this theory by itself.</summary>
    public static TheoryData<string> AppActions => new(ActivityCircuits.Codec.ActionTypes.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(AppActions))]
    public void EveryActionOfTheApp_ReadsAsASentenceAndLinksToItsPage(string loggedName)
    {
        var type = ActivityCircuits.Codec.ActionTypes[loggedName];
        Assert.True(
            Samples.TryGetValue(type, out var sample),
            $"{type.FullName} has no sample here. Give it a readable summary (in its feature's IActionSummaries) and add a sample above.");

        Assert.True(
            ActivityCircuits.FeatureSummaries.Any(f => f.Summarize(sample.Action, Meta) is not null),
            $"No IActionSummaries describes {type.Name}, so /activity shows it as JSON.");
        var summary = ActivityCircuits.Summarizer.Summarize(sample.Action, Meta);
        Assert.Equal(sample.Text, summary.Text);
        Assert.Equal(sample.Page, summary.Page ?? ActionSummary.DefaultPage);
    }

    [Fact]
    public void WhenAMessageIsLongOrSpansLines_ThenItsSummaryIsOneLineEndingInAnEllipsis()
    {
        var summary = ActivityCircuits.Summarizer.Summarize(new SendMessage("general", "first line\n\n  second " + new string('x', 200)), Meta);

        Assert.Equal(ActionSummarizer.MaxLength, summary.Text.Length);
        Assert.StartsWith("posted in #general: first line second xxx", summary.Text, StringComparison.Ordinal);
        Assert.EndsWith("x…", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenNoFeatureDescribesAnAction_ThenItsSummaryIsItsPayloadAsCompactJson()
    {
        var subject = new ActionSummarizer([], ActivityCircuits.Codec);

        Assert.Equal("""{"Room":"general","Text":"<b>hi</b>\nthere"}""", subject.Summarize(new SendMessage("general", "<b>hi</b>\nthere"), Meta).Text);
        var cut = subject.Summarize(new SendMessage("general", new string('y', 300)), Meta).Text;
        Assert.Equal(ActionSummarizer.MaxLength, cut.Length);
        Assert.StartsWith("""{"Room":"general","Text":"yyy""", cut, StringComparison.Ordinal);
        Assert.EndsWith("y…", cut, StringComparison.Ordinal);
    }
}
