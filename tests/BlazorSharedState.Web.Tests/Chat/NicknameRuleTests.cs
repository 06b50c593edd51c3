using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>The chat's nickname box uses the profile rules; these are the ones the chat relies on.</summary>
public sealed class NicknameRuleTests
{
    private static readonly ProfilesState Profiles = (ProfilesState)Activator.CreateInstance(typeof(ProfilesState), nonPublic: true)!;

    [Theory]
    [InlineData("", "Your name can't be empty.")]
    [InlineData("    ", "Your name can't be empty.")]
    [InlineData("abcdefghijklmnopqrstuvwxy", "Your name can be at most 24 characters.")]
    [InlineData("bad\u0007name", "Your name can't contain control characters.")]
    public void WhenANicknameBreaksTheRules_ThenItIsRejectedWithTheReason(string nickname, string reason) =>
        Assert.Equal(reason, ProfilesGuards.CanSetNickname(Profiles, new SetNickname(nickname)).Reason);

    [Fact]
    public void WhenANicknameHas24VisibleCharactersAroundSpaces_ThenItIsAllowedAndTrimmed()
    {
        var nickname = $"  {new string('x', 24)}  ";

        Assert.True(ProfilesGuards.CanSetNickname(Profiles, new SetNickname(nickname)).IsAllowed);
        Assert.Equal(new string('x', 24), Nickname.Normalize(nickname));
    }
}
