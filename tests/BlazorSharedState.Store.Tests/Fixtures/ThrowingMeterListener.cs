using System.Diagnostics.Metrics;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>
/// A metrics listener that throws on every measurement of one of a store's instruments, as a
/// broken exporter would: something that fails on the loop after an action's state is committed.
/// Listens only to the meters of <paramref name="meterFactory"/>, so other tests' stores are untouched.
/// </summary>
public sealed class ThrowingMeterListener : IDisposable
{
    private readonly MeterListener _listener = new();

    public ThrowingMeterListener(IMeterFactory meterFactory, string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (ReferenceEquals(published.Meter.Scope, meterFactory) && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("exporter broke"));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();
}
