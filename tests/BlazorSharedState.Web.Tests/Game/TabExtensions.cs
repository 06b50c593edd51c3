using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Web.Tests.Game;

/// <summary>Clicking in a tab whose renders come from the shared store, on another thread.</summary>
internal static class TabExtensions
{
    /// <summary>
    /// Clicks the element with <paramref name="testId"/>, finding and clicking it in one turn on the
    /// tab's dispatcher, so no store-driven render comes between them. Should the handler still be
    /// stale, the click is simply made again on the fresh element.
    /// </summary>
    public static void ClickOn<T>(this IRenderedComponent<T> tab, string testId)
        where T : IComponent
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                tab.InvokeAsync(() => tab.Find($"[data-testid={testId}]").Click()).GetAwaiter().GetResult();
                return;
            }
            catch (Bunit.Rendering.UnknownEventHandlerIdException) when (attempt < 5)
            {
            }
        }
    }
}
