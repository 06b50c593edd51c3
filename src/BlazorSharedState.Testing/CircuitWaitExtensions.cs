using BlazorSharedState.Store.Blazor;
using Bunit;
using Bunit.Extensions.WaitForHelpers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Testing;

/// <summary>
/// Waiting for a circuit to show what another user's action brought about. Such a render comes
/// from the store, on another thread, at a time of its own: check after every render until the
/// check passes, and fail saying which tab didn't show what.
/// </summary>
public static class CircuitWaitExtensions
{
    /// <summary>
    /// Waits until <paramref name="assertion"/> (any test framework's) passes against the
    /// component's latest render; throws a <see cref="SharedStoreAssertionException"/> with the
    /// assertion's last failure when it hasn't after <paramref name="timeout"/>
    /// (<see cref="SharedStoreTestOptions.DefaultPatience"/> unless given).
    /// </summary>
    public static void WaitUntilShown<TComponent>(this IRenderedComponent<TComponent> component, Action assertion, TimeSpan? timeout = null)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(assertion);
        var patience = timeout ?? SharedStoreTestOptions.DefaultPatience;
        try
        {
            component.WaitForAssertion(assertion, patience);
        }
        catch (WaitForFailedException failed)
        {
            throw new SharedStoreAssertionException(
                $"{Who(component)} didn't show what was expected within {Seconds.Of(patience)}: {(failed.InnerException ?? failed).Message}", failed);
        }
    }

    /// <summary>
    /// Waits until <paramref name="shows"/> holds for the component's latest render; throws a
    /// <see cref="SharedStoreAssertionException"/> naming <paramref name="what"/> when it hasn't
    /// after <paramref name="timeout"/> (<see cref="SharedStoreTestOptions.DefaultPatience"/> unless given).
    /// </summary>
    public static void WaitUntilShown<TComponent>(this IRenderedComponent<TComponent> component, Func<bool> shows, string what, TimeSpan? timeout = null)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(shows);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var patience = timeout ?? SharedStoreTestOptions.DefaultPatience;
        try
        {
            component.WaitForState(shows, patience);
        }
        catch (WaitForFailedException failed)
        {
            throw new SharedStoreAssertionException($"{Who(component)} didn't show {what} within {Seconds.Of(patience)}.", failed);
        }
    }

    private static string Who<TComponent>(IRenderedComponent<TComponent> component)
        where TComponent : IComponent =>
        component.Services.GetService<CircuitIdentity>() is { } identity
            ? $"{identity.UserId}'s tab ({identity.CircuitId})"
            : $"The {typeof(TComponent).Name}";
}
