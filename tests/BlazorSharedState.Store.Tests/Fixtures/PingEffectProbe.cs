using System.Collections.Concurrent;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>
/// What the ping effects did, for the tests to read: a singleton, so that every effect run reports
/// to the same one whatever scope the store gave it.
/// </summary>
public sealed class PingEffectProbe
{
    /// <summary>The text of a ping whose effect holds its thread until the loop has applied a later action.</summary>
    public const string WaitForTheLoop = "wait for the loop";

    /// <summary>The text of each ping whose effect ran, in the order they started.</summary>
    public ConcurrentQueue<string> Ran { get; } = new();

    /// <summary>
    /// For each <see cref="WaitForTheLoop"/> ping: whether the loop applied a later action while its
    /// effect held its thread. It can't have, were the effect running on the loop.
    /// </summary>
    public ConcurrentQueue<bool> LoopWentOn { get; } = new();
}
