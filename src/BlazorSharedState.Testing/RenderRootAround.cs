using BlazorSharedState.Store.Blazor;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BlazorSharedState.Testing;

/// <summary>What an app's layout holds around every page: the circuit's render root, then the page.</summary>
internal sealed class RenderRootAround : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<SharedStoreRenderRoot>(0);
        builder.CloseComponent();
        builder.AddContent(1, ChildContent);
    }
}
