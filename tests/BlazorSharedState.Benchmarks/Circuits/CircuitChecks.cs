namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>Checks that a scenario's circuits really show what they should, so a fast wrong answer can't pass.</summary>
internal static class CircuitChecks
{
    public static async Task ExpectEveryCircuitShowsAsync(CircuitFarm farm, string testId, string expected)
    {
        foreach (var circuit in farm.Circuits)
        {
            var shown = await circuit.TextOfAsync(testId);
            if (shown != expected)
            {
                throw new InvalidOperationException($"A circuit shows '{shown}' in {testId}, expected '{expected}'.");
            }
        }
    }
}
