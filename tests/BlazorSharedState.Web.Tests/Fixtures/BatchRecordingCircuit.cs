using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorSharedState.Web.Tests.Fixtures;

/// <summary>
/// A circuit's renderer that records its render batches, as the browser would receive them:
/// for each batch, how many components changed their markup in it, and when, on the circuit's clock.
/// </summary>
internal sealed class BatchRecordingCircuit(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();
    private readonly List<(int Changed, DateTimeOffset At)> _batches = [];

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    public Exception? Failure { get; private set; }

    /// <summary>Components with changed markup, batch by batch; batches that change nothing are left out.</summary>
    public int[] ChangedPerBatch => [.. Batches.Select(batch => batch.Changed)];

    /// <summary>Each batch that changed anything: how many components, and when it was sent.</summary>
    public (int Changed, DateTimeOffset At)[] Batches
    {
        get
        {
            lock (_gate)
            {
                return [.. _batches];
            }
        }
    }

    public Task<TComponent> MountAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent => Dispatcher.InvokeAsync(async () =>
        {
            var component = (TComponent)InstantiateComponent(typeof(TComponent));
            await RenderRootComponentAsync(AssignRootComponentId(component), ParameterView.FromDictionary(parameters));
            return component;
        });

    public void ForgetBatches()
    {
        lock (_gate)
        {
            _batches.Clear();
        }
    }

    protected override void HandleException(Exception exception) => Failure ??= exception;

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        var changed = 0;
        for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++)
        {
            if (renderBatch.UpdatedComponents.Array[i].Edits.Count > 0)
            {
                changed++;
            }
        }

        if (changed > 0)
        {
            lock (_gate)
            {
                _batches.Add((changed, _time.GetUtcNow()));
            }
        }

        return Task.CompletedTask;
    }
}
