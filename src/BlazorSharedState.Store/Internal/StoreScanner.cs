using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>Turns scanned types into a <see cref="StoreDefinition"/>, failing fast on bad signatures.</summary>
internal static class StoreScanner
{
    private const BindingFlags AllMethods =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static StoreDefinition Scan(StoreOptions options)
    {
        var types = options.Types.OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        var features = types
            .Where(t => t.GetCustomAttribute<FeatureStateAttribute>() is not null)
            .Select(t => new FeatureDescriptor(t, t.GetCustomAttribute<FeatureStateAttribute>()!.Name ?? t.Name))
            .ToArray();
        var featureIndex = features.Select((f, i) => (f.StateType, i)).ToDictionary(p => p.StateType, p => p.i);
        var methods = types.SelectMany(t => t.GetMethods(AllMethods)).ToArray();

        return new StoreDefinition(
            features,
            [.. methods.Where(m => m.IsDefined(typeof(ReducerMethodAttribute))).Select(m => BindReducer(m, featureIndex))],
            [.. methods.Where(m => m.IsDefined(typeof(GuardMethodAttribute))).Select(m => BindGuard(m, featureIndex))],
            [.. methods.Where(m => m.IsDefined(typeof(EffectMethodAttribute))).Select(BindEffect)],
            [.. types.Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IStoreMiddleware).IsAssignableFrom(t))]);
    }

    private static ReducerBinding BindReducer(MethodInfo method, Dictionary<Type, int> featureIndex)
    {
        var (stateType, actionType, takesMeta, index) = StateActionSignature(method, featureIndex, "[ReducerMethod]");
        if (method.ReturnType != stateType)
        {
            throw Invalid(method, "[ReducerMethod]", $"must return {stateType.Name}");
        }

        return ReducerBinding.Create(method, index, stateType, actionType, takesMeta);
    }

    private static GuardBinding BindGuard(MethodInfo method, Dictionary<Type, int> featureIndex)
    {
        var (stateType, actionType, takesMeta, index) = StateActionSignature(method, featureIndex, "[GuardMethod]");
        if (method.ReturnType != typeof(GuardResult))
        {
            throw Invalid(method, "[GuardMethod]", $"must return {nameof(GuardResult)}");
        }

        return GuardBinding.Create(method, index, stateType, actionType, takesMeta);
    }

    private static (Type State, Type Action, bool TakesMeta, int Index) StateActionSignature(
        MethodInfo method, Dictionary<Type, int> featureIndex, string kind)
    {
        var parameters = method.GetParameters();
        if (!method.IsStatic || parameters.Length is < 2 or > 3
            || (parameters.Length == 3 && parameters[2].ParameterType != typeof(ActionMeta)))
        {
            throw Invalid(method, kind, "must be static and take (state, action) or (state, action, ActionMeta)");
        }

        var stateType = parameters[0].ParameterType;
        if (!featureIndex.TryGetValue(stateType, out var index))
        {
            throw Invalid(method, kind, $"takes {stateType.Name}, which is not a scanned [FeatureState]");
        }

        return (stateType, parameters[1].ParameterType, parameters.Length == 3, index);
    }

    private static EffectBinding BindEffect(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var shapeOk = method.ReturnType == typeof(Task) && parameters.Length is 2 or 3
            && parameters[^1].ParameterType == typeof(IDispatcher)
            && (parameters.Length == 2 || parameters[1].ParameterType == typeof(ActionMeta));
        if (!shapeOk)
        {
            throw Invalid(method, "[EffectMethod]", "must return Task and take (action, IDispatcher) or (action, ActionMeta, IDispatcher)");
        }

        return new EffectBinding(method, parameters[0].ParameterType, parameters.Length == 3);
    }

    private static InvalidOperationException Invalid(MethodInfo method, string kind, string problem) =>
        new($"{kind} {method.DeclaringType?.FullName}.{method.Name} {problem}.");
}
