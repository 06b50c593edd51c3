using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>The presence list, counting its own renders.</summary>
public sealed class CountingPresence : ChatPresence
{
    public int Renders { get; private set; }

    protected override void OnAfterRender(bool firstRender) => Renders++;
}
