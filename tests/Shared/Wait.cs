using System.Diagnostics;

namespace BlazorSharedState.Testing;

/// <summary>
/// How tests wait for what happens on another thread (the store's loop, a circuit's dispatcher,
/// the thread pool): check until it holds, and if it never does, fail saying what was awaited
/// instead of with a bare timeout. One source file, compiled into each test project.
/// </summary>
internal static class Wait
{
    /// <summary>How long anything may take on a busy machine; a passing test never waits this long.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, or fails naming <paramref name="what"/> after
    /// <see cref="Patience"/>. <paramref name="betweenChecks"/> runs before each check after the first,
    /// e.g. to move a fake clock on.
    /// </summary>
    public static async Task UntilAsync(Func<bool> condition, string what, Action? betweenChecks = null)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > Patience)
            {
                Assert.Fail($"Timed out after {Patience.TotalSeconds:0} s waiting for {what}.");
            }

            betweenChecks?.Invoke();
            await Task.Delay(5);
        }
    }

    /// <summary>
    /// The result of <paramref name="task"/>, or a failure naming <paramref name="what"/> when it
    /// isn't done after <see cref="Patience"/>.
    /// </summary>
    public static async Task<T> ForAsync<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Timed out after {Patience.TotalSeconds:0} s waiting for {what}.");
            throw;
        }
    }
}
