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
        ReducerBinding[] reducers = [.. methods.Where(m => m.IsDefined(typeof(ReducerMethodAttribute))).Select(m => BindReducer(m, featureIndex))];
        GuardBinding[] guards = [.. methods.Where(m => m.IsDefined(typeof(GuardMethodAttribute))).Select(m => BindGuard(m, featureIndex))];
        EffectBinding[] effects = [.. methods.Where(m => m.IsDefined(typeof(EffectMethodAttribute))).Select(BindEffect)];
        Type[] handled = [typeof(ServerStarted), .. reducers.Select(r => r.ActionType), .. guards.Select(g => g.ActionType), .. effects.Select(e => e.ActionType)];

        var definition = new StoreDefinition(
            features,
            reducers,
            guards,
            effects,
            [.. types.Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IStoreMiddleware).IsAssignableFrom(t))],
            ActionTypes(handled, types));
        RequireUniqueNames(definition.Features.Select(f => (f.Name, f.StateType)), "feature");
        RequireUniqueNames(definition.ActionTypes.Select(t => (LoggedNames.Of(t), t)), "action");
        return definition;
    }

    /// <summary>
    /// The concrete types a handler takes, and the scanned concrete types of a handler that takes
    /// a base type: the actions the log must be able to name and read back.
    /// </summary>
    private static Type[] ActionTypes(Type[] handled, Type[] scanned)
    {
        var open = handled.Where(t => t.IsAbstract || t.IsInterface).Distinct().ToArray();
        return
        [
            .. handled.Where(t => !t.IsAbstract && !t.IsInterface)
                .Concat(scanned.Where(t => !t.IsAbstract && !t.IsInterface && open.Any(o => o.IsAssignableFrom(t))))
                .Distinct()
                .OrderBy(t => t.FullName, StringComparer.Ordinal),
        ];
    }

    private static void RequireUniqueNames(IEnumerable<(string Name, Type Type)> named, string kind)
    {
        var clash = named.GroupBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"The {kind} types {string.Join(" and ", clash.Select(c => c.Type.FullName))} share the logged name \"{clash.Key}\"; "
                + $"give one a [{(kind == "feature" ? "FeatureState(Name = ...)" : "LoggedName(...)")}].");
        }
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
