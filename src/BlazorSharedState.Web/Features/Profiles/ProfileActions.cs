namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>Sets the dispatching user's display name (the user comes from the server, not from here).</summary>
public sealed record SetNickname(string Nickname);
