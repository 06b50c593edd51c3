using BlazorSharedState.LoadTest.Rendering;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>
/// One tab of a Blazor Server page without a browser: a real circuit over a real WebSocket,
/// speaking to <c>/_blazor</c> what blazor.web.js speaks. It starts the circuit from the
/// prerendered page's markers, answers the page's script calls, acknowledges every render batch
/// in order, keeps the rendered page (optionally) and dispatches clicks and keystrokes.
/// </summary>
/// <remarks>
/// SignalR runs the handlers of one connection one after another on its receive loop, so batches
/// apply in the order they arrive. No handler may wait for an answer from the server: the answer
/// would queue behind the handler waiting for it.
/// </remarks>
internal sealed partial class HeadlessTab : IAsyncDisposable
{
    private readonly HeadlessUser _user;
    private readonly PrerenderedPage _page;
    private readonly HubConnection _connection;
    private readonly List<IDisposable> _handlers = [];
    private string? _circuitSecret;
    private volatile Uri _address;
    private bool _disposed;

    internal HeadlessTab(HeadlessUser user, PrerenderedPage page, HeadlessTabOptions options)
    {
        _user = user;
        _page = page;
        _address = page.Address;
        Options = options;
        Document = options.KeepsDocument ? new RenderedDocument() : null;

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(user.BaseUrl, "_blazor"), HttpTransportType.WebSockets, connection => connection.Cookies = user.Cookies);
        // The last protocol registered is the one the connection speaks.
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackHubProtocol());
        _connection = builder.Build();
        _connection.ServerTimeout = TimeSpan.FromMinutes(2);
        _connection.Closed += OnClosedAsync;
        ListenToServer();
    }

    public HeadlessTabOptions Options { get; }

    /// <summary>Where the tab is: the page it loaded, or where the app navigated it since.</summary>
    public Uri Address => _address;

    public PrerenderedPage Page => _page;

    /// <summary>The circuit's secret id, as StartCircuit returned it.</summary>
    public string CircuitSecret => _circuitSecret ?? throw new InvalidOperationException("The circuit has not started.");

    internal async Task StartAsync(CancellationToken cancellation)
    {
        if (_page.ServerMarkers.Count == 0)
        {
            throw new InvalidOperationException($"{_page.Address} has no interactive server component to start a circuit for.");
        }

        // Negotiate, then the WebSocket, then the blazorpack handshake.
        await _connection.StartAsync(cancellation);

        // blazor.web.js starts the circuit with no components and adds the page's markers right
        // after, with the persisted state in both calls.
        var baseUri = _page.Address.GetLeftPart(UriPartial.Authority) + "/";
        _circuitSecret = await _connection.InvokeAsync<string?>(
            "StartCircuit", baseUri, _page.Address.ToString(), "[]", _page.ServerState, cancellation);
        if (string.IsNullOrEmpty(_circuitSecret))
        {
            throw new InvalidOperationException($"The server refused to start a circuit for {_page.Address}: {Failure ?? "no reason given"}.");
        }

        await _connection.SendAsync("UpdateRootComponents", _page.AddOperationsJson(), _page.ServerState, cancellation);
        await WaitUntilAsync(() => _interactive, "the page to turn interactive (the layout's data-testid=interactive)", cancellation);
    }

    /// <summary>Closes the tab as a browser does: the disconnect beacon, then the connection.</summary>
    public async Task CloseAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_circuitSecret is not null && _connection.State == HubConnectionState.Connected)
        {
            await _user.SendDisconnectAsync(_circuitSecret);
        }

        await _connection.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync();
        }
        finally
        {
            foreach (var handler in _handlers)
            {
                handler.Dispose();
            }

            await _connection.DisposeAsync();
        }
    }

    private void ListenToServer()
    {
        _handlers.Add(_connection.On<int, string>("JS.AttachComponent", OnAttachComponent));
        _handlers.Add(_connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync));
        _handlers.Add(_connection.On<long>("JS.EndUpdateRootComponents", _ => { }));
        _handlers.Add(_connection.On<long, string, string?, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync));
        _handlers.Add(_connection.On<string, bool, string?>("JS.EndInvokeDotNet", OnEndInvokeDotNet));
        _handlers.Add(_connection.On<string?>("JS.Error", error => Fail($"the server reported: {error}")));
    }

    private Task OnClosedAsync(Exception? error)
    {
        if (!_disposed)
        {
            Fail($"the connection closed{(error is null ? string.Empty : ": " + error.Message)}");
        }

        return Task.CompletedTask;
    }
}
