namespace BlazorSharedState.Store.Internal;

/// <summary>How the store applies a logged action.</summary>
internal enum ApplyMode
{
    /// <summary>Rebuilding state from the log: nobody to tell, no effects.</summary>
    Replay,

    /// <summary>This server's own action: published, answered, effects run here.</summary>
    Mine,

    /// <summary>
    /// This server's own action in a drained batch: effects run here as for <see cref="Mine"/>, but
    /// the changed states are published, and the action answered, once the whole batch is applied.
    /// </summary>
    MineInBatch,

    /// <summary>Another server's action on a shared log: published here, its effects run there.</summary>
    Theirs,
}
