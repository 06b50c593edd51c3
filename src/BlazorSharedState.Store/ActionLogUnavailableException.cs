namespace BlazorSharedState.Store;

/// <summary>
/// The action log can't be reached, and nothing of the batch was written: the store refuses the
/// batch with <see cref="Reason"/>, certain that none of it is in the log.
/// </summary>
public sealed class ActionLogUnavailableException : Exception
{
    /// <summary>What a person is told when their action can't reach the log.</summary>
    public const string Reason = "The server can't reach its store; try again in a moment.";

    public ActionLogUnavailableException()
        : base(Reason)
    {
    }

    public ActionLogUnavailableException(string message)
        : base(message)
    {
    }

    public ActionLogUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
