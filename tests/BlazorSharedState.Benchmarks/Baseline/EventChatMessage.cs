namespace BlazorSharedState.Benchmarks.Baseline;

/// <summary>One message of the baseline chat.</summary>
internal sealed record EventChatMessage(string Author, DateTimeOffset Time, string Text);
