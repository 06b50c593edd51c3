using System.Globalization;
using System.Xml.Linq;

namespace BlazorSharedState.LoadTest.Charting;

/// <summary>SVG elements, written by hand through LINQ to XML, which keeps the markup well-formed and escaped.</summary>
internal static class Svg
{
    public static readonly XNamespace Namespace = "http://www.w3.org/2000/svg";

    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    public static XAttribute Attribute(string name, double value) => new(name, Number(value));

    public static XElement Text(double x, double y, string text, string anchor = "start", int size = 12, string? weight = null) =>
        Element("text", Attribute("x", x), Attribute("y", y), new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", size), weight is null ? null : new XAttribute("font-weight", weight), text);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        Element("line", Attribute("x1", x1), Attribute("y1", y1), Attribute("x2", x2), Attribute("y2", y2),
            new XAttribute("stroke", stroke), Attribute("stroke-width", width), dash is null ? null : new XAttribute("stroke-dasharray", dash));

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A tick label: thousands grouped, decimals only where the step needs them.</summary>
    public static string Tick(double value, double step) =>
        value.ToString(step >= 1 ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
}
