using System.Xml.Linq;

namespace BlazorSharedState.LoadTest.Charting;

/// <summary>
/// One panel of the chart: a figure against N, a line per series with a dot at each measured
/// point (so one step still shows), axes from zero with their ticks and labels, and a legend.
/// </summary>
internal sealed record ChartPanel(string Title, string Unit, IReadOnlyList<ChartSeries> Series)
{
    private const double PlotLeft = 64;
    private const double PlotRight = 20;
    private const double PlotTop = 34;
    private const double BelowPlot = 130;

    /// <summary>The panel as an SVG group, its top left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public XElement Render(double left, double top, double width, double height, NiceScale x, string xLabel)
    {
        var (x0, x1, y0, y1) = (left + PlotLeft, left + width - PlotRight, top + PlotTop, top + height - BelowPlot);
        var y = NiceScale.UpTo(Series.SelectMany(s => s.Points).Select(p => p.Y).DefaultIfEmpty(0).Max());
        double Px(double value) => x0 + (value / x.Max * (x1 - x0));
        double Py(double value) => y1 - (value / y.Max * (y1 - y0));

        var panel = Svg.Element("g", Svg.Text(x0, top + 18, Title, size: 14, weight: "bold"));
        foreach (var tick in y.Ticks())
        {
            panel.Add(Svg.Line(x0, Py(tick), x1, Py(tick), tick == 0 ? "#333" : "#e3e3e3"));
            panel.Add(Svg.Text(x0 - 6, Py(tick) + 4, Svg.Tick(tick, y.Step), anchor: "end", size: 11));
        }

        foreach (var tick in x.Ticks())
        {
            panel.Add(Svg.Line(Px(tick), y1, Px(tick), y1 + 5, "#333"));
            panel.Add(Svg.Text(Px(tick), y1 + 18, Svg.Tick(tick, x.Step), anchor: "middle", size: 11));
        }

        panel.Add(Svg.Line(x0, y0, x0, y1, "#333"));
        panel.Add(Svg.Text((x0 + x1) / 2, y1 + 38, xLabel, anchor: "middle"));
        var yLabelX = left + 16;
        var yLabelY = (y0 + y1) / 2;
        var yLabel = Svg.Text(yLabelX, yLabelY, Unit, anchor: "middle");
        yLabel.Add(new XAttribute("transform", $"rotate(-90 {Svg.Number(yLabelX)} {Svg.Number(yLabelY)})"));
        panel.Add(yLabel);

        if (!Series.Any(s => s.Points.Count > 0))
        {
            panel.Add(Svg.Text((x0 + x1) / 2, (y0 + y1) / 2, "not measured in this run", anchor: "middle", size: 13));
        }

        foreach (var series in Series.Where(s => s.Points.Count > 0))
        {
            var dash = series.Dashed ? new XAttribute("stroke-dasharray", "7 4") : null;
            panel.Add(Svg.Element("polyline",
                new XAttribute("points", string.Join(' ', series.Points.Select(p => $"{Svg.Number(Px(p.X))},{Svg.Number(Py(p.Y))}"))),
                new XAttribute("fill", "none"), new XAttribute("stroke", series.Color), new XAttribute("stroke-width", 2), dash));
            foreach (var point in series.Points)
            {
                panel.Add(Svg.Element("circle", Svg.Attribute("cx", Px(point.X)), Svg.Attribute("cy", Py(point.Y)), new XAttribute("r", 3.5),
                    new XAttribute("fill", series.Dashed ? "white" : series.Color), new XAttribute("stroke", series.Color), new XAttribute("stroke-width", 1.5),
                    Svg.Element("title", $"{series.Name} at {Svg.Tick(point.X, 1)} circuits: {Svg.Number(point.Y)} {Unit}")));
            }
        }

        panel.Add(Legend(x0, y1 + 58, (x1 - x0) / 2));
        return panel;
    }

    /// <summary>Two columns of entries: a stretch of each line, with its dot, and its name.</summary>
    private XElement Legend(double left, double top, double column)
    {
        var legend = Svg.Element("g");
        for (var i = 0; i < Series.Count; i++)
        {
            var series = Series[i];
            var (x, y) = (left + (i % 2 * column), top + (i / 2 * 20));
            legend.Add(Svg.Line(x, y, x + 28, y, series.Color, 2, series.Dashed ? "7 4" : null));
            legend.Add(Svg.Element("circle", Svg.Attribute("cx", x + 14), Svg.Attribute("cy", y), new XAttribute("r", 3.5),
                new XAttribute("fill", series.Dashed ? "white" : series.Color), new XAttribute("stroke", series.Color), new XAttribute("stroke-width", 1.5)));
            legend.Add(Svg.Text(x + 36, y + 4, series.Name));
        }

        return legend;
    }
}
