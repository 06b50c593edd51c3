namespace BlazorSharedState.Benchmarks.Baseline;

/// <summary>
/// The baseline most Blazor apps use today: a singleton service holding the value and a C#
/// event that every component handles with <c>InvokeAsync(StateHasChanged)</c>.
/// </summary>
internal sealed class EventCounterService
{
    private int _value;

    public event Action? Changed;

    public int Value => Volatile.Read(ref _value);

    public void Increment()
    {
        Interlocked.Increment(ref _value);
        Changed?.Invoke();
    }
}
