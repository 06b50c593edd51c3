using System.Buffers.Binary;
using System.Text;

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// A render batch as Blazor Server sends it to the browser (<c>JS.RenderBatch</c>), decoded.
/// </summary>
/// <remarks>
/// The layout, all little-endian: the component diffs, the reference frames (20 bytes each), the
/// disposed component ids (int32) and event handler ids (int64), the strings (LEB128 length +
/// UTF-8, as .NET's BinaryWriter writes them), then a table of the strings' offsets; the last five
/// int32s give the offsets of the diffs' index, the frames, the two disposed lists and the string
/// table. Each list starts with its int32 count.
/// </remarks>
internal sealed class RenderBatch
{
    private const int FrameLength = 20;
    private const int EditLength = 16;

    private RenderBatch(
        IReadOnlyList<ComponentDiff> updatedComponents,
        IReadOnlyList<RenderFrame> referenceFrames,
        IReadOnlyList<int> disposedComponentIds,
        IReadOnlyList<ulong> disposedEventHandlerIds,
        IReadOnlyList<string> strings)
    {
        UpdatedComponents = updatedComponents;
        ReferenceFrames = referenceFrames;
        DisposedComponentIds = disposedComponentIds;
        DisposedEventHandlerIds = disposedEventHandlerIds;
        Strings = strings;
    }

    public IReadOnlyList<ComponentDiff> UpdatedComponents { get; }

    public IReadOnlyList<RenderFrame> ReferenceFrames { get; }

    public IReadOnlyList<int> DisposedComponentIds { get; }

    public IReadOnlyList<ulong> DisposedEventHandlerIds { get; }

    /// <summary>Every string the batch carries: names, values, texts, markup.</summary>
    public IReadOnlyList<string> Strings { get; }

    public static RenderBatch Parse(ReadOnlySpan<byte> data)
    {
        var end = data.Length;
        var diffsAt = Int32(data, end - 20);
        var framesAt = Int32(data, end - 16);
        var disposedComponentsAt = Int32(data, end - 12);
        var disposedHandlersAt = Int32(data, end - 8);
        var stringTableAt = Int32(data, end - 4);

        var strings = ReadStrings(data, stringTableAt, end - 20);
        string? StringAt(int index) => index < 0 ? null : strings[index];

        var diffs = new ComponentDiff[Int32(data, diffsAt)];
        for (var i = 0; i < diffs.Length; i++)
        {
            var diffAt = Int32(data, diffsAt + 4 + (i * 4));
            var edits = new RenderEdit[Int32(data, diffAt + 4)];
            for (var e = 0; e < edits.Length; e++)
            {
                var at = diffAt + 8 + (e * EditLength);
                edits[e] = new RenderEdit((EditType)Int32(data, at), Int32(data, at + 4), Int32(data, at + 8), StringAt(Int32(data, at + 12)));
            }

            diffs[i] = new ComponentDiff(Int32(data, diffAt), edits);
        }

        var frames = new RenderFrame[Int32(data, framesAt)];
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = ReadFrame(data, framesAt + 4 + (i * FrameLength), StringAt);
        }

        var disposedComponents = new int[Int32(data, disposedComponentsAt)];
        for (var i = 0; i < disposedComponents.Length; i++)
        {
            disposedComponents[i] = Int32(data, disposedComponentsAt + 4 + (i * 4));
        }

        var disposedHandlers = new ulong[Int32(data, disposedHandlersAt)];
        for (var i = 0; i < disposedHandlers.Length; i++)
        {
            disposedHandlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(disposedHandlersAt + 4 + (i * 8))..]);
        }

        return new RenderBatch(diffs, frames, disposedComponents, disposedHandlers, strings);
    }

    /// <summary>True when any text, attribute value or markup of this batch contains <paramref name="text"/>.</summary>
    public bool Mentions(string text) => Strings.Any(s => s.Contains(text, StringComparison.Ordinal));

    private static RenderFrame ReadFrame(ReadOnlySpan<byte> data, int at, Func<int, string?> stringAt)
    {
        var type = (FrameType)Int32(data, at);
        return type switch
        {
            FrameType.Element => new RenderFrame(type, Int32(data, at + 4), stringAt(Int32(data, at + 8)), null, 0, 0),
            FrameType.Component => new RenderFrame(type, Int32(data, at + 4), null, null, Int32(data, at + 8), 0),
            FrameType.Region => new RenderFrame(type, Int32(data, at + 4), null, null, 0, 0),
            FrameType.Attribute => new RenderFrame(type, 0, stringAt(Int32(data, at + 4)), stringAt(Int32(data, at + 8)), 0,
                BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..])),
            FrameType.Text or FrameType.Markup or FrameType.ElementReferenceCapture =>
                new RenderFrame(type, 0, null, stringAt(Int32(data, at + 4)), 0, 0),
            _ => new RenderFrame(type, 0, null, null, 0, 0),
        };
    }

    private static string[] ReadStrings(ReadOnlySpan<byte> data, int tableAt, int tableEnd)
    {
        var strings = new string[(tableEnd - tableAt) / 4];
        for (var i = 0; i < strings.Length; i++)
        {
            var at = Int32(data, tableAt + (i * 4));
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            strings[i] = Encoding.UTF8.GetString(data.Slice(at, length));
        }

        return strings;
    }

    private static int Int32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
}
