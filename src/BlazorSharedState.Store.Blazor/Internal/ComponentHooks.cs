using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// What a <see cref="ComponentStoreBinding"/> needs of its component: the protected members of
/// <see cref="ComponentBase"/> that only the component can hand over.
/// </summary>
internal sealed record ComponentHooks(
    IComponent Owner,
    Func<Action, Task> InvokeAsync,
    Action StateHasChanged,
    Func<Exception, Task> DispatchExceptionAsync);
