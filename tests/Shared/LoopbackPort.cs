using System.Net;
using System.Net.Sockets;

namespace BlazorSharedState.Testing;

/// <summary>Ports for servers that tests start: network traffic in tests stays on loopback.</summary>
internal static class LoopbackPort
{
    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
