using System.Collections.Immutable;
using System.Text.Json;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Viewers;

namespace BlazorSharedState.Web.Tests.Viewers;

/// <summary>The one helper both features keep their tabs with: what each step changes, and the places it touches.</summary>
public sealed class TabViewersTests
{
    private static readonly ImmutableDictionary<string, ChatViewer> None = ImmutableDictionary<string, ChatViewer>.Empty;

    [Fact]
    public void WhenATabMovesFromOnePlaceToAnother_ThenBothPlacesAreTouchedAndItsViewerBeforeIsGiven()
    {
        var inGeneral = TabViewers.Show(None, Meta("alice", "a1"), new ChatViewer("alice", "general", true));

        var moved = TabViewers.Show(inGeneral.Viewers, Meta("alice", "a1"), new ChatViewer("alice", "random", true));

        Assert.Equal(["random", "general"], moved.Touched.AsEnumerable());
        Assert.Equal("general", moved.Before?.Room);
        Assert.Equal(["alice"], TabViewers.PresentIn(moved.Viewers.Values, "random"));
        Assert.Empty(TabViewers.PresentIn(moved.Viewers.Values, "general"));
    }

    [Fact]
    public void WhenNothingChanges_ThenTheSameViewersComeBackAndNothingIsTouched()
    {
        var shown = TabViewers.Show(None, Meta("alice", "a1"), new ChatViewer("alice", "general", true)).Viewers;

        Assert.All(
            new[]
            {
                TabViewers.Show(shown, Meta("alice", "a1"), new ChatViewer("alice", "general", true)),
                TabViewers.Leave(shown, Meta("alice", "a1"), "random"),
                TabViewers.Connect(shown, Meta("alice", "a1"), isConnected: true),
                TabViewers.Forget(shown, Meta("bob", "b1")),
                TabViewers.WithoutTabsOf(shown, v => v.Server == "elsewhere"),
                TabViewers.Show(shown, Meta("alice", circuit: null), new ChatViewer("alice", "random", true)),
            },
            change =>
            {
                Assert.False(change.Changed);
                Assert.Same(shown, change.Viewers);
            });
    }

    [Fact]
    public void WhenATabDropsComesBackAndCloses_ThenItIsAbsentPresentAndForgotten()
    {
        var shown = TabViewers.Show(None, Meta("alice", "a1"), new ChatViewer("alice", "general", true)).Viewers;

        var dropped = TabViewers.Connect(shown, Meta("alice", "a1"), isConnected: false);
        Assert.Empty(TabViewers.PresentIn(dropped.Viewers.Values, "general"));
        var back = TabViewers.Connect(dropped.Viewers, Meta("alice", "a1"), isConnected: true);
        Assert.Equal(["alice"], TabViewers.PresentIn(back.Viewers.Values, "general"));
        var closed = TabViewers.Forget(back.Viewers, Meta("alice", "a1"));

        Assert.Empty(closed.Viewers);
        Assert.Equal(["general"], closed.Touched.AsEnumerable());
    }

    [Fact]
    public void WhenATableViewerWasLoggedUnderItsOldName_ThenItStillReadsAsConnected()
    {
        var logged = """{"TableId":"3","UserId":"alice","Connected":true,"Server":"web-1"}""";

        var viewer = JsonSerializer.Deserialize<TableViewer>(logged)!;

        Assert.True(viewer.IsConnected);
        Assert.Equal(logged, JsonSerializer.Serialize(viewer));
    }

    private static ActionMeta Meta(string user, string? circuit) => new(1, Guid.NewGuid(), DateTimeOffset.UnixEpoch, user, circuit);
}
