using System.Net;
using System.Net.Sockets;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// The key a client's network is counted under: an IPv4 address as it is, and an IPv6 address by
/// its /64 prefix, because one subscriber is handed a whole /64 and can step through it at will.
/// </summary>
public static class ClientAddress
{
    /// <summary>What a request without a known address is counted as (a test server, a unix socket).</summary>
    public const string Unknown = "unknown";

    /// <summary>The counting key of <paramref name="address"/>.</summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
