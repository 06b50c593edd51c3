namespace BlazorSharedState.Store;

/// <summary>The past asked for is not in the log (any more, or yet); the message says which part is.</summary>
public sealed class HistoryUnavailableException(string message) : Exception(message)
{
}
