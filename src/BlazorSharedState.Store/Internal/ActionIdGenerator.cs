using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BlazorSharedState.Store.Internal;

/// <summary>
/// Time-ordered UUIDv7 action ids without a random-number call per action: the 74 "random"
/// bits are a per-store random prefix plus the action's sequence, so ids are unique within a
/// store and, through the prefix and the millisecond time, across restarts and replicas.
/// </summary>
internal sealed class ActionIdGenerator
{
    private readonly ulong _instance = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));

    public Guid Next(DateTimeOffset time, long sequence)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)time.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt64BigEndian(bytes, milliseconds << 16);
        // Version 7 in the high nibble of byte 6; 12 bits of instance randomness around it.
        bytes[6] = (byte)(0x70 | ((_instance >> 60) & 0x0F));
        bytes[7] = (byte)(_instance >> 52);
        // Variant 10 in the top bits of byte 8; then 14 bits of instance randomness and the 48-bit sequence.
        var tail = ((_instance & 0x3FFF) << 48) | ((ulong)sequence & 0xFFFF_FFFF_FFFF);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], tail | 0x8000_0000_0000_0000);
        return new Guid(bytes, bigEndian: true);
    }
}
