namespace BlazorSharedState.Web.Features.Activity;

/// <summary>Entries applied since the last batch, oldest first.</summary>
/// <param name="Items">The entries.</param>
/// <param name="Skipped">Whether entries before these were dropped because the tab fell too far behind.</param>
internal sealed record LiveBatch(IReadOnlyList<ActivityItem> Items, bool Skipped);
