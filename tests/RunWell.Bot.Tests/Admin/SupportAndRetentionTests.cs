using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Admin;

public sealed class SupportAndRetentionTests
{
    private static readonly Caller Admin = Commands.Member(admin: true);

    [Fact]
    public async Task Support_text_is_saved_and_then_shown_by_help()
    {
        await using var services = await TestServices.CreateAsync();

        await services.RunAsync("runwell support", Admin, ("text", "  Talk to Sam, our club welfare lead: 0123 456  "));
        var help = await services.RunAsync("help", Commands.Member());

        Assert.Equal("Talk to Sam, our club welfare lead: 0123 456", help.Message.Cards.Single(c => c.Title == "Support").Body);
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(4000)]
    public async Task Support_text_over_1000_characters_is_refused(int length)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell support", Admin, ("text", new string('a', length)));

        Assert.Contains("text can be at most 1000 characters", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.False(await db.Clubs.AnyAsync(c => c.SupportText != null));
    }

    [Fact]
    public async Task Blank_support_text_is_refused()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell support", Admin, ("text", "   "));

        Assert.Contains("text", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30L)]
    [InlineData(3650L)]
    public async Task Retention_within_30_to_3650_days_is_saved(long days)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell retention", Admin, ("days", days));

        Assert.Contains($"{days} days", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.Equal(days, (await db.Clubs.SingleAsync()).RetentionDays);
    }

    [Theory]
    [InlineData(29L)]
    [InlineData(3651L)]
    [InlineData(0L)]
    public async Task Retention_outside_30_to_3650_days_is_refused_and_the_old_value_stays(long days)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell retention", Admin, ("days", days));

        Assert.Contains("days must be from 30 to 3650", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.All(await db.Clubs.ToListAsync(), c => Assert.Equal(ClubDefaults.RetentionDays, c.RetentionDays));
    }
}
