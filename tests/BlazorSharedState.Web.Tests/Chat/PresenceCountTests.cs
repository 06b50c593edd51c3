using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class PresenceCountTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(99, "99")]
    [InlineData(100, "100+")]
    [InlineData(109, "100+")]
    [InlineData(110, "110+")]
    [InlineData(1_234, "1,200+")]
    [InlineData(10_500, "10,000+")]
    [InlineData(99_999, "99,000+")]
    public void CountsAreExactBelowAHundredThenTwoSignificantFiguresWithAPlus(int count, string shown) =>
        Assert.Equal(shown, PresenceCount.Shown(count));
}
