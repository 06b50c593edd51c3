namespace BlazorSharedState.Store.Internal;

/// <summary>An accepted action with its meta, as published to action subscribers.</summary>
internal readonly record struct ActionEnvelope(object Action, ActionMeta Meta);
