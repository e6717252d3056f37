using RunWell.Bot.Copy;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Entries;

public sealed class CareNoticesTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task The_privacy_notice_comes_with_the_first_entry_only()
    {
        var first = await _services.RunAsync("checkin", Commands.Member(), ("mood", 6L), ("stress", 4L), ("energy", 5L));
        var second = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L));

        Assert.Contains(CareCopy.PrivacyNotice.Plain, first.Message.Text.Plain);
        Assert.DoesNotContain(CareCopy.PrivacyNotice.Plain, second.Message.Text.Plain);
    }

    [Fact]
    public async Task Each_member_gets_their_own_first_entry_notice()
    {
        await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L));

        var ben = await _services.RunAsync("run log", Commands.Member(Commands.BenId, "Ben"), ("minutes", 20L));

        Assert.Contains(CareCopy.PrivacyNotice.Plain, ben.Message.Text.Plain);
    }

    [Theory]
    [InlineData(1L, 5L, true)]
    [InlineData(2L, 5L, true)]
    [InlineData(3L, 5L, false)]
    [InlineData(6L, 8L, false)]
    [InlineData(6L, 9L, true)]
    [InlineData(6L, 10L, true)]
    public async Task The_signpost_line_appears_only_at_the_thresholds(long mood, long stress, bool expected)
    {
        var reply = await _services.RunAsync("checkin", Commands.Member(), ("mood", mood), ("stress", stress), ("energy", 5L));

        Assert.Equal(expected, reply.Message.Text.Plain.Contains(CareCopy.Signpost.Plain, StringComparison.Ordinal));
    }
}
