using System.Globalization;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>A refused action is listed, with its reason, only for the user who tried it.</summary>
public sealed class ActivityRejectionTests : IAsyncDisposable
{
    private const string TooLong = "A message can be at most 1,000 characters; this one has 1,001.";

    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenAlicesActionIsRejected_ThenSheSeesItWithItsReasonAndBobDoesNot()
    {
        var alice = _shared.OpenActivity("alice");
        var bob = _shared.OpenActivity("bob");

        await _shared.AcceptedAsync(new SendMessage("general", "fine"), "alice");
        var refused = await _shared.RejectedAsync(new SendMessage("general", new string('a', 1001)), "alice", TooLong);
        await _shared.AcceptedAsync(new SendMessage("general", "after"), "bob");

        alice.WaitForAssertion(() => Assert.Equal([3, 2, 1], alice.Sequences()));
        Assert.Equal(["accepted", "rejected", "accepted"], alice.AttributesOf("activity-entry", "data-outcome"));
        Assert.Equal([TooLong], alice.TextsOf("activity-reason"));
        Assert.Equal(refused.Sequence.ToString(CultureInfo.InvariantCulture), alice.Find("[data-testid=activity-entry][data-outcome=rejected]").GetAttribute("data-seq"));

        // Bob sees what came after it, so its absence is not a matter of time.
        bob.WaitForAssertion(() => Assert.Equal([3, 1], bob.Sequences()));
        Assert.Empty(bob.TextsOf("activity-reason"));
    }

    [Fact]
    public async Task WhenAlicesRejectedActionIsOlderThanThePage_ThenOnlyHerPageReadsItFromTheLog()
    {
        var refused = await _shared.RejectedAsync(new SendMessage("general", new string('a', 1001)), "alice", TooLong);
        await _shared.AcceptedAsync(new SendMessage("general", "after"), "bob");

        var alice = _shared.OpenActivity("alice");
        var bob = _shared.OpenActivity("bob");

        Assert.Equal([2, 1], alice.Sequences());
        Assert.Equal([TooLong], alice.TextsOf("activity-reason"));
        Assert.Equal([2], bob.Sequences());
        Assert.Equal(1, refused.Sequence);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
