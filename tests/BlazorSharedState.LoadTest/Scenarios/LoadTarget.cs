namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// The pages one server is measured on: ours (the app's), or the naive singleton-event baseline's,
/// which the benchmarks program serves under <c>/baseline</c> with the same test ids.
/// </summary>
/// <param name="RoomPath">The page L1's crowd sits on and L2 sends into.</param>
/// <param name="WithGameTables">Whether L3 seats game tables too; the baseline has no game.</param>
internal sealed record LoadTarget(string Label, string RoomPath, string CounterPath, IReadOnlyList<string> ChatRooms, bool WithGameTables)
{
    /// <summary>The app's pages; without the game in L3 when compared with the baseline, so both run the same mix.</summary>
    public static LoadTarget Ours(string roomPath, bool withGameTables) =>
        new("ours", roomPath, "/counter", ["/chat/general", "/chat/random"], withGameTables);

    /// <summary>The baseline's pages; it has a counter and chat rooms, nothing else.</summary>
    public static LoadTarget Baseline(string roomPath) =>
        new("baseline", BaselinePathOf(roomPath), "/baseline/counter", ["/baseline/chat/general", "/baseline/chat/random"], WithGameTables: false);

    /// <summary>Whether the baseline has a page like <paramref name="path"/> of ours.</summary>
    public static bool BaselineHas(string path) => path == "/counter" || path.StartsWith("/chat/", StringComparison.Ordinal);

    private static string BaselinePathOf(string path) => "/baseline" + path;
}
