using System.Collections.Immutable;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class PresenceShownTests
{
    private static readonly ImmutableArray<string> Crowd = [.. Enumerable.Range(0, 1_000).Select(i => $"user-{i:0000}")];

    [Fact]
    public void EveryTabOnARoomSharesOneViewOfItsPresence_NamingOnlyTheFirstFew()
    {
        var shown = PresenceShown.Of(Crowd);

        Assert.Same(shown, PresenceShown.Of(Crowd));
        Assert.Equal(Crowd.Take(PresenceShown.MostNamed), shown.Named);
        Assert.Equal((1_000, 1_000 - PresenceShown.MostNamed), (shown.Count, shown.More));
    }

    [Fact]
    public void ViewsAreEqualAsShownWhenTheNamedAndTheRoundedCountsAgree()
    {
        var shown = PresenceShown.Of(Crowd);

        Assert.Equal(shown, PresenceShown.Of(Crowd.Add("user-1000")), PresenceAsShown.Instance);
        Assert.NotEqual(shown, PresenceShown.Of(Crowd.AddRange(Enumerable.Range(1_000, 100).Select(i => $"user-{i}"))), PresenceAsShown.Instance);
        Assert.NotEqual(shown, PresenceShown.Of(Crowd.RemoveAt(0)), PresenceAsShown.Instance);
    }
}
