using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>Compares immutable arrays by their items, so a freshly selected but equal slice causes no render.</summary>
public sealed class SequenceComparer<T> : IEqualityComparer<ImmutableArray<T>>
{
    /// <inheritdoc />
    public bool Equals(ImmutableArray<T> x, ImmutableArray<T> y) => x.SequenceEqual(y);

    /// <inheritdoc />
    public int GetHashCode(ImmutableArray<T> obj)
    {
        var hash = new HashCode();
        foreach (var item in obj)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
