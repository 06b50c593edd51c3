namespace BlazorSharedState.Testing;

/// <summary>
/// What a test expected of the store or a circuit didn't happen; the message says what was
/// expected and what happened instead. Any test framework reports it as a failure.
/// </summary>
public sealed class SharedStoreAssertionException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public SharedStoreAssertionException()
    {
    }

    /// <summary>Creates the exception with what was expected and what happened.</summary>
    public SharedStoreAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with what was expected and the failure that showed it didn't happen.</summary>
    public SharedStoreAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
