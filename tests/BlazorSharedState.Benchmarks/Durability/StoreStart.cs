using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// One recovery: a fresh store and SQLite log on a log file, timed through <see cref="SharedStore.StartAsync"/>
/// (open the file, read the newest snapshot, replay the actions after it, log ServerStarted).
/// </summary>
/// <param name="Sequence">Where the started store stands: the log's end plus its ServerStarted.</param>
/// <param name="ChatFingerprint">A hash of the chat state's JSON, so two ways back can be shown to reach the same state.</param>
internal sealed record StoreStart(TimeSpan Elapsed, long Sequence, string ChatFingerprint)
{
    public static async Task<StoreStart> TimeAsync(string logPath)
    {
        await using var host = AppStore.OnSqlite(logPath);
        var clock = Stopwatch.StartNew();
        await host.Store.StartAsync();
        var elapsed = clock.Elapsed;

        var codec = host.GetRequiredService<ActionLogCodec>();
        var chat = codec.FeatureTypes.Single(feature => feature.Value == typeof(ChatState)).Key;
        var json = codec.WriteState(chat, host.Store.GetState<ChatState>());
        return new StoreStart(elapsed, host.Store.Sequence, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]);
    }
}
