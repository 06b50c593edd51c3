using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>The room list, counting its own renders (not its children's).</summary>
public sealed class CountingRoomList : ChatRoomList
{
    public int Renders { get; private set; }

    protected override void OnAfterRender(bool firstRender) => Renders++;
}
