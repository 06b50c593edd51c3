using System.Collections.Frozen;
using System.Text.Json;
using BlazorSharedState.Store.Internal;

namespace BlazorSharedState.Store;

/// <summary>
/// Turns actions and feature states into (stable name, JSON) and back, for logs that store
/// them outside the process. Names come from <see cref="LoggedNameAttribute"/> or the type's
/// name for actions, and <see cref="FeatureStateAttribute.Name"/> for features.
/// </summary>
public sealed class ActionLogCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly FrozenDictionary<Type, string> _actionNames;
    private readonly FrozenDictionary<string, Type> _actionTypes;
    private readonly FrozenDictionary<string, Type> _featureTypes;

    internal ActionLogCodec(StoreDefinition definition)
    {
        _actionNames = definition.ActionTypes.ToFrozenDictionary(t => t, LoggedNames.Of);
        _actionTypes = _actionNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        _featureTypes = definition.Features.ToFrozenDictionary(f => f.Name, f => f.StateType, StringComparer.Ordinal);
    }

    /// <summary>Every action type the store knows, by logged name.</summary>
    public IReadOnlyDictionary<string, Type> ActionTypes => _actionTypes;

    /// <summary>Every feature state type, by logged name.</summary>
    public IReadOnlyDictionary<string, Type> FeatureTypes => _featureTypes;

    /// <summary>The logged name of <paramref name="actionType"/>, or null if the store doesn't know it.</summary>
    public string? NameOf(Type actionType) => _actionNames.GetValueOrDefault(actionType);

    /// <summary>The action's logged name and payload.</summary>
    public (string Name, string Payload) Write(object action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var type = action.GetType();
        var name = NameOf(type) ?? throw new InvalidOperationException($"{type.FullName} is not an action of this store.");
        return (name, JsonSerializer.Serialize(action, type, Json));
    }

    /// <summary>Reads the action logged at <paramref name="sequence"/> as <paramref name="name"/>.</summary>
    /// <exception cref="ActionLogUnreadableException">The name is unknown or the payload doesn't fit its type.</exception>
    public object ReadAction(long sequence, string name, string payload) =>
        Read(sequence, name, payload, _actionTypes, "no action type of this app has that logged name");

    /// <summary>A feature's state as JSON.</summary>
    public string WriteState(string feature, object state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return JsonSerializer.Serialize(state, _featureTypes[feature], Json);
    }

    /// <summary>Reads the state of <paramref name="feature"/> from the snapshot at <paramref name="sequence"/>.</summary>
    /// <exception cref="ActionLogUnreadableException">The feature is unknown or the JSON doesn't fit its state.</exception>
    public object ReadState(long sequence, string feature, string json) =>
        Read(sequence, feature, json, _featureTypes, "no feature of this app has that name");

    private static object Read(long sequence, string name, string json, FrozenDictionary<string, Type> types, string unknown)
    {
        if (!types.TryGetValue(name, out var type))
        {
            throw new ActionLogUnreadableException(sequence, name, unknown);
        }

        try
        {
            return JsonSerializer.Deserialize(json, type, Json)
                ?? throw new ActionLogUnreadableException(sequence, name, "the payload is null");
        }
        catch (JsonException exception)
        {
            throw new ActionLogUnreadableException(sequence, name, $"the JSON doesn't fit {type.Name}: {exception.Message}", exception);
        }
    }
}
