namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>Checks that a scenario's circuits really show what they should, so a fast wrong answer can't pass.</summary>
internal static class CircuitChecks
{
    public static Task ExpectEveryCircuitShowsAsync(CircuitFarm farm, string testId, string expected) =>
        ExpectEveryCircuitShowsAsync(farm.Circuits, testId, expected);

    /// <summary>Each circuit's last element with <paramref name="testId"/> must show <paramref name="expected"/>.</summary>
    public static async Task ExpectEveryCircuitShowsAsync(IEnumerable<BenchCircuit> circuits, string testId, string expected)
    {
        foreach (var circuit in circuits)
        {
            var shown = await circuit.TextOfAsync(testId);
            if (shown != expected)
            {
                throw new InvalidOperationException($"A circuit shows '{shown}' in {testId}, expected '{expected}'.");
            }
        }
    }
}
