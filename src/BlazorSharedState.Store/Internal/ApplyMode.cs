namespace BlazorSharedState.Store.Internal;

/// <summary>How the store applies a logged action.</summary>
internal enum ApplyMode
{
    /// <summary>Rebuilding state from the log: nobody to tell, no effects.</summary>
    Replay,

    /// <summary>This server's own action: published, answered, effects run here.</summary>
    Mine,

    /// <summary>Another server's action on a shared log: published here, its effects run there.</summary>
    Theirs,
}
