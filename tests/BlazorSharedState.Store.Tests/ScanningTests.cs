using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Tests;

public sealed class ScanningTests
{
    [Fact]
    public void WhenAReducerTakesAStateThatIsNoFeature_ThenRegistrationFailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddSharedStoreCore(o => o.ScanTypes(typeof(BadReducers))));

        Assert.Contains("BadReducers.Reduce", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a scanned [FeatureState]", error.Message, StringComparison.Ordinal);
    }

    private sealed record NotAFeature(int Value);

    private static class BadReducers
    {
        [ReducerMethod]
        public static NotAFeature Reduce(NotAFeature state, string action) => state;
    }
}
