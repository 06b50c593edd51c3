namespace BlazorSharedState.Web.Features.Chat;

/// <summary>One message; its sequence is the sending action's, so it is unique and ordered.</summary>
/// <param name="AuthorId">The user who sent it; shown by their current display name.</param>
/// <param name="Text">Plain text, never markup; empty once deleted.</param>
public sealed record ChatMessage(long Sequence, string Room, string AuthorId, DateTimeOffset Time, string Text, bool IsDeleted);
