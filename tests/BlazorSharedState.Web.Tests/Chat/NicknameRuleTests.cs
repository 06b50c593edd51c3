using System.Collections.Immutable;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>The chat's nickname box uses the profile rules; these are the ones the chat relies on.</summary>
public sealed class NicknameRuleTests
{
    private static readonly ProfilesState Profiles = (ProfilesState)Activator.CreateInstance(typeof(ProfilesState), nonPublic: true)!;

    [Theory]
    [InlineData("", "Your name can't be empty.")]
    [InlineData("    ", "Your name can't be empty.")]
    [InlineData("abcdefghijklmnopqrstuvwxy", "Your name can be at most 24 characters; this one has 25.")]
    [InlineData("bad\u0007name", "Your name can't contain control characters.")]
    [InlineData("two\nlines", "Your name can't contain control characters.")]
    [InlineData("\u202Enimda", "Your name can't contain direction controls (such as U+202E): they make text read differently from what it says.")]
    [InlineData("\u200B", "Your name can't contain invisible formatting characters (here U+200B).")]
    [InlineData("Guest 1F94", "Names that start with \"Guest \" belong to guests who haven't picked a name.")]
    [InlineData("guest\u00A0abcd", "Names that start with \"Guest \" belong to guests who haven't picked a name.")]
    public void WhenANicknameBreaksTheRules_ThenItIsRejectedWithTheReason(string nickname, string reason) =>
        Assert.Equal(reason, Check(Profiles, nickname, "alice").Reason);

    [Fact]
    public void WhenANicknameHas24VisibleCharactersAroundSpaces_ThenItIsAllowedAndTrimmed()
    {
        var nickname = $"  {new string('x', 24)}  ";

        Assert.True(Check(Profiles, nickname, "alice").IsAllowed);
        Assert.Equal(new string('x', 24), Nickname.Normalize(nickname));
    }

    [Fact]
    public void WhenZalgoHidesBehindOneVisibleCharacter_ThenTheStoredLengthRefusesIt() =>
        Assert.Equal(
            "Your name is too long to keep: at most 96 units of text, and an emoji or accented letter can take several.",
            Check(Profiles, "Z" + new string('\u0301', 6000), "alice").Reason);

    [Theory]
    [InlineData("Guest")]
    [InlineData("Guestbook")]
    public void WhenANameMerelyBeginsWithGuest_ThenItIsAllowed(string nickname) =>
        Assert.True(Check(Profiles, nickname, "alice").IsAllowed);

    [Theory]
    [InlineData("Alice")]
    [InlineData("ALICE")]
    [InlineData(" alice ")]
    [InlineData("Al\u200Cice")]
    public void WhenSomeoneElseGoesByTheName_ThenItIsTakenInAnyCaseOrDisguise(string nickname)
    {
        var profiles = Profiles with { Nicknames = ImmutableDictionary<string, string>.Empty.Add("bob", "Alice") };

        Assert.Equal("Someone else is already called Alice.", Check(profiles, nickname, "carol").Reason);
        Assert.True(Check(profiles, nickname, "bob").IsAllowed);
    }

    [Fact]
    public void WhenNamesDifferOnlyInSpacing_ThenTheyAreTheSameName()
    {
        var profiles = Profiles with { Nicknames = ImmutableDictionary<string, string>.Empty.Add("bob", "Bob Smith") };

        Assert.False(Check(profiles, "Bob  Smith", "carol").IsAllowed);
    }

    [Fact]
    public void WhenANameIsTypedDecomposed_ThenItIsStoredComposedAndMatchesTheComposedName()
    {
        var stored = ProfilesReducers.SetNickname(Profiles, new SetNickname("Rene\u0301"), Meta("bob"));
        Assert.Equal("Ren\u00E9", stored.Nicknames["bob"]);

        Assert.False(Check(stored, "REN\u00C9", "carol").IsAllowed);
    }

    [Fact]
    public void WhenSomeoneTakesBackTheirOwnGuestName_ThenItIsAllowedAndTheChosenNameIsForgotten()
    {
        var named = ProfilesReducers.SetNickname(Profiles, new SetNickname("Alice"), Meta("a1b2c3"));
        const string ownGuestName = "guest a1b2";

        Assert.True(Check(named, ownGuestName, "a1b2c3").IsAllowed);
        var back = ProfilesReducers.SetNickname(named, new SetNickname(ownGuestName), Meta("a1b2c3"));

        Assert.Empty(back.Nicknames);
        Assert.Equal("Guest A1B2", back.DisplayNameOf("a1b2c3"));
    }

    private static GuardResult Check(ProfilesState state, string nickname, string user) =>
        ProfilesGuards.CanSetNickname(state, new SetNickname(nickname), Meta(user));

    private static ActionMeta Meta(string user) => new(1, Guid.Empty, DateTimeOffset.UnixEpoch, user, $"{user}-tab");
}
