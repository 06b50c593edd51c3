namespace BlazorSharedState.LoadTest.Results;

/// <summary>
/// CPU time over a stretch of wall time, in percent of one core, for the server and for the load
/// client itself: both share the machine's cores, so a busy client is part of every figure.
/// </summary>
internal sealed record CpuShare(double ServerPercent, double ClientPercent)
{
    public override string ToString() => $"server {ServerPercent:0}% / load client {ClientPercent:0}% of one core";
}
