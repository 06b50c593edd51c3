using BlazorSharedState.Web.Features.Activity;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>The activity page, counting its own renders (not its rows').</summary>
public sealed class CountingActivityPage : ActivityPage
{
    public int Renders { get; private set; }

    protected override void OnAfterRender(bool firstRender) => Renders++;
}
