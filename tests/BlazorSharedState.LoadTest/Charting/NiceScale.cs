namespace BlazorSharedState.LoadTest.Charting;

/// <summary>
/// An axis from zero with round tick values (1, 2 or 5 times a power of ten), five to eight of them,
/// reaching a little past the largest value so no point sits on the frame.
/// </summary>
internal sealed record NiceScale(double Max, double Step)
{
    private static readonly double[] RoundSteps = [1, 2, 5, 10];

    public static NiceScale UpTo(double largest)
    {
        var target = largest > 0 && double.IsFinite(largest) ? largest * 1.1 : 1;
        var rough = target / 6;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = RoundSteps.Select(m => m * power).First(s => s >= rough);
        return new NiceScale(Math.Ceiling(target / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Max / Step);
        return Enumerable.Range(0, count + 1).Select(i => i * Step);
    }
}
