using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Web.Tests.Log;

/// <summary>Every action and state of the app has one stable logged name and reads back as it was written.</summary>
public sealed class LoggedNameTests
{
    [Fact]
    public async Task WhenTheAppIsScanned_ThenEveryActionItLogsHasAUniqueNameAndReadsBackEqual()
    {
        var time = new FakeTimeProvider();
        await using var store = await LoggedStore.StartAsync(time, path: null, memory: null, snapshotEvery: 10_000);
        var samples = RandomActivity.OneOfEach(sequence: 7, tableId: "3");

        // The samples cover the app exactly: a new action type must be added to them (and so to these checks).
        Assert.Equal(
            store.Codec.ActionTypes.Values.Select(t => t.FullName).Order(StringComparer.Ordinal),
            samples.Select(s => s.GetType().FullName).Order(StringComparer.Ordinal));
        Assert.Equal(samples.Count, samples.Select(s => store.Codec.NameOf(s.GetType())).Distinct(StringComparer.Ordinal).Count());
        Assert.All(samples, sample =>
        {
            var (name, payload) = store.Codec.Write(sample);
            Assert.Equal(sample, store.Codec.ReadAction(1, name, payload));
        });
    }

    [Fact]
    public async Task WhenEveryFeatureHasLivedThroughARandomRun_ThenItsStateReadsBackAsItWasWritten()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        await using var store = await LoggedStore.StartAsync(time, path: null, memory: null, snapshotEvery: 10_000);
        await new RandomActivity(seed: 5).RunAsync(store.Store, time, 400);

        Assert.Equal(["Chat", "Counter", "Game", "Profiles"], store.Codec.FeatureTypes.Keys.Order(StringComparer.Ordinal));
        Assert.All(store.Codec.FeatureTypes, feature =>
        {
            var state = typeof(Store.SharedStore).GetMethod(nameof(Store.SharedStore.GetState))!.MakeGenericMethod(feature.Value).Invoke(store.Store, null)!;
            var json = store.Codec.WriteState(feature.Key, state);
            Assert.Equal(json, JsonSerializer.Serialize(store.Codec.ReadState(1, feature.Key, json), feature.Value));
        });
    }
}
