namespace BlazorSharedState.Store;

/// <summary>
/// An action log that several servers append to. It stamps each batch's sequences and time as
/// it appends (see <see cref="IActionLog.AppendAsync"/>), and every server's store reads what the
/// others appended, in order, and applies it like its own.
/// </summary>
public interface ISharedActionLog : IActionLog
{
    /// <summary>
    /// Appends like <see cref="IActionLog.AppendAsync"/>, and returns before the batch as logged
    /// the other servers' actions after <paramref name="appliedSequence"/> that came before it, as
    /// many as one answer carries: a busy server learns of the others' actions without a read of
    /// its own, and reads any rest itself.
    /// </summary>
    /// <exception cref="ActionLogUnavailableException">The log can't be reached; nothing of the batch was written.</exception>
    ValueTask<IReadOnlyList<LoggedAction>> AppendAfterAsync(long appliedSequence, IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Raised, off the store's loop, when the log may hold actions this server hasn't read:
    /// another server appended, the connection came back, or a slow safety poll came round.
    /// </summary>
    event Action? MayHaveMore;
}
