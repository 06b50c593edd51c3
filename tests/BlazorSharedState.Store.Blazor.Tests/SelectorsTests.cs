using System.Collections.Immutable;
using BlazorSharedState.Store.Blazor;

namespace BlazorSharedState.Store.Blazor.Tests;

public sealed class SelectorsTests
{
    private sealed record Shop(ImmutableList<int> Prices, int Visitors);

    [Fact]
    public void AMemoizedSelectorComputesOnlyWhenItsInputsChange()
    {
        var computed = 0;
        var total = Selectors.Memoized((Shop shop) => shop.Prices, prices =>
        {
            computed++;
            return prices.Sum();
        });
        var shop = new Shop([1, 2, 3], Visitors: 0);

        Assert.Equal(6, total(shop));
        Assert.Equal(6, total(shop with { Visitors = 1 }));
        Assert.Equal(6, total(shop with { Visitors = 2 }));
        Assert.Equal(1, computed);

        Assert.Equal(10, total(shop with { Prices = shop.Prices.Add(4) }));
        Assert.Equal(2, computed);
    }
}
