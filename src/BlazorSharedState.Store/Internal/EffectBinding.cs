using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Internal;

/// <summary>An effect method; effects are off the hot path, so plain reflection invoke is enough.</summary>
internal sealed class EffectBinding(MethodInfo method, Type actionType, bool takesMeta)
{
    public Type ActionType { get; } = actionType;

    public string Name { get; } = $"{method.DeclaringType?.Name}.{method.Name}";

    public Task InvokeAsync(IServiceProvider services, object action, ActionMeta meta, IDispatcher dispatcher)
    {
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        object[] arguments = takesMeta ? [action, meta, dispatcher] : [action, dispatcher];
        var task = (Task?)method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        return task ?? Task.CompletedTask;
    }
}
