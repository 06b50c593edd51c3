namespace BlazorSharedState.E2E.Fixtures;

/// <summary>All browser tests share one server and one Chromium; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}
