using BlazorSharedState.LoadTest.Client;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>Waits for a crowd to go quiet: no tab received a batch for a while (renders after arrivals, presence).</summary>
internal static class Quiet
{
    public static async Task SettleAsync(IReadOnlyCollection<HeadlessTab> tabs, TimeSpan quietFor, TimeSpan atMost)
    {
        var deadline = DateTime.UtcNow + atMost;
        var last = tabs.Sum(t => t.BatchesReceived);
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline && DateTime.UtcNow - quietSince < quietFor)
        {
            await Task.Delay(250);
            var now = tabs.Sum(t => t.BatchesReceived);
            if (now != last)
            {
                last = now;
                quietSince = DateTime.UtcNow;
            }
        }
    }
}
