using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;

namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>Reads what a circuit shows by walking its render tree, through child components.</summary>
internal static class RenderedText
{
    /// <summary>The text of the last element carrying <paramref name="testId"/>, in document order.</summary>
    public static string? Find(Func<int, ArrayRange<RenderTreeFrame>> framesOf, int componentId, string testId)
    {
        string? last = null;
        var frames = framesOf(componentId);
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames.Array[i];
            if (frame.FrameType == RenderTreeFrameType.Element && HasTestId(frames, i, testId))
            {
                var text = new StringBuilder();
                Collect(framesOf, frames, i + 1, i + frame.ElementSubtreeLength, text);
                last = text.ToString().Trim();
                i += frame.ElementSubtreeLength - 1;
            }
            else if (frame.FrameType == RenderTreeFrameType.Component)
            {
                last = Find(framesOf, frame.ComponentId, testId) ?? last;
            }
        }

        return last;
    }

    private static bool HasTestId(ArrayRange<RenderTreeFrame> frames, int element, string testId)
    {
        for (var i = element + 1; i < frames.Count && frames.Array[i].FrameType == RenderTreeFrameType.Attribute; i++)
        {
            if (frames.Array[i] is { AttributeName: "data-testid", AttributeValue: string value } && value == testId)
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(Func<int, ArrayRange<RenderTreeFrame>> framesOf, ArrayRange<RenderTreeFrame> frames, int from, int to, StringBuilder text)
    {
        for (var i = from; i < to; i++)
        {
            var frame = frames.Array[i];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Text:
                    text.Append(frame.TextContent);
                    break;
                case RenderTreeFrameType.Markup:
                    text.Append(frame.MarkupContent);
                    break;
                case RenderTreeFrameType.Component:
                    var child = framesOf(frame.ComponentId);
                    Collect(framesOf, child, 0, child.Count, text);
                    break;
            }
        }
    }
}
