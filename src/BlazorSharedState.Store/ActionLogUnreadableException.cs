namespace BlazorSharedState.Store;

/// <summary>
/// An entry of the log or a snapshot can't be read back: the store refuses to start rather
/// than skip it, since every later state would silently differ.
/// </summary>
public sealed class ActionLogUnreadableException : Exception
{
    /// <summary>Creates the exception for the entry at <paramref name="sequence"/> logged as <paramref name="name"/>.</summary>
    public ActionLogUnreadableException(long sequence, string name, string problem, Exception? innerException = null)
        : base($"The action log can't be read at sequence {sequence} ({name}): {problem}", innerException)
    {
        Sequence = sequence;
        Name = name;
    }

    /// <summary>The sequence of the unreadable action or snapshot.</summary>
    public long Sequence { get; }

    /// <summary>The logged name of the action type, or the feature of a snapshot.</summary>
    public string Name { get; }
}
