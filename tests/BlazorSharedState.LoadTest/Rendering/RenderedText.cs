using System.Text;

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>A text node.</summary>
internal sealed class RenderedText(string text) : RenderedNode
{
    public string Text { get; set; } = text;

    protected override void AppendText(StringBuilder text) => text.Append(Text);
}
