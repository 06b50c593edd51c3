using BlazorSharedState.Store;
using BlazorSharedState.Testing.Tests.Seats;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Testing.Tests;

public sealed class StartTests
{
    [Fact]
    public async Task WhenTheHostIsCreated_ThenItsStoreRunsOnAClockThatStartsAtTheGivenMoment()
    {
        var start = new DateTimeOffset(2030, 6, 1, 8, 0, 0, TimeSpan.Zero);
        await using var subject = new SharedStoreTestHost(o =>
        {
            o.ScanAssemblies(typeof(SeatState).Assembly);
            o.StartTime = start;
        });

        Assert.True(subject.Store.IsRunning);
        Assert.Equal(start, (await subject.AcceptedAsync(new TakeSeat("1A"))).Meta!.Time);
        Assert.Same(subject.Time, subject.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void WhenTheStoreCannotStart_ThenTheHostSaysWhyAndLeavesNothingBehind()
    {
        var log = new UnopenableLog();

        var failure = Assert.Throws<InvalidOperationException>(() => new SharedStoreTestHost(o => o
            .ScanAssemblies(typeof(SeatState).Assembly)
            .ConfigureServices(services => services.AddSingleton<IActionLog>(_ => log))));

        Assert.Equal("The disk is gone.", failure.Message);
        Assert.True(log.Disposed);
    }
}
