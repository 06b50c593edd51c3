namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>What generating the chat log took and made.</summary>
/// <param name="Path">The log file, closed after a clean stop (so its newest snapshot is at its last action).</param>
/// <param name="Actions">The last sequence in the log: every action, the effects' expiries included.</param>
/// <param name="Rejected">Actions the chat's guards refused (logged all the same, as rejected actions are).</param>
internal sealed record GeneratedChatLog(string Path, long Actions, int Rejected, TimeSpan Elapsed, double MeanBatch);
