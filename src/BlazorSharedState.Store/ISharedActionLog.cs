namespace BlazorSharedState.Store;

/// <summary>
/// An action log that several servers append to. It stamps each batch's sequences and time as
/// it appends (see <see cref="IActionLog.AppendAsync"/>), and every server's store reads what the
/// others appended, in order, and applies it like its own.
/// </summary>
public interface ISharedActionLog : IActionLog
{
    /// <summary>
    /// Raised, off the store's loop, when the log may hold actions this server hasn't read:
    /// another server appended, the connection came back, or a slow safety poll came round.
    /// </summary>
    event Action? MayHaveMore;
}
