using BlazorSharedState.Store.Tests.Fixtures;
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

    [Fact]
    public void WhenTwoActionTypesShareALoggedName_ThenRegistrationFailsNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddSharedStoreCore(o => o.ScanTypes(typeof(TallyState), typeof(ClashingReducers))));

        Assert.Contains("ScanningTests+First and ", error.Message, StringComparison.Ordinal);
        Assert.Contains("ScanningTests+Second share the logged name \"Clash\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenAnActionNamesItself_ThenItIsLoggedUnderThatNameInsteadOfItsTypeName()
    {
        using var services = new ServiceCollection()
            .AddSharedStoreCore(o => o.ScanTypes(typeof(TallyState), typeof(RenamedReducers)))
            .BuildServiceProvider();
        var codec = services.GetRequiredService<ActionLogCodec>();

        Assert.Equal("tally.renamed", codec.NameOf(typeof(Renamed)));
        Assert.IsType<Renamed>(codec.ReadAction(1, "tally.renamed", "{}"));
    }

    private sealed record NotAFeature(int Value);

    [LoggedName("Clash")]
    private sealed record First;

    [LoggedName("Clash")]
    private sealed record Second;

    [LoggedName("tally.renamed")]
    private sealed record Renamed;

    private static class ClashingReducers
    {
        [ReducerMethod]
        public static TallyState OnFirst(TallyState state, First action) => state;

        [ReducerMethod]
        public static TallyState OnSecond(TallyState state, Second action) => state;
    }

    private static class RenamedReducers
    {
        [ReducerMethod]
        public static TallyState OnRenamed(TallyState state, Renamed action) => state;
    }

    private static class BadReducers
    {
        [ReducerMethod]
        public static NotAFeature Reduce(NotAFeature state, string action) => state;
    }
}
