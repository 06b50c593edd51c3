using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// Who may see which entry: accepted actions are everyone's, but a refusal is told only to the
/// user who tried, as the snackbar is (the rejected payload, a too-long message say, is theirs).
/// </summary>
internal static class ActivityVisibility
{
    public static bool MaySee(string readerId, HistoryEntry entry) =>
        entry.IsAccepted || entry.Logged.Meta.UserId == readerId;
}
