using RunWell.Domain.Messaging;
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

        Assert.Equal(RunWell.Bot.Copy.CareCopy.ProfessionalCare + "\nTalk to Sam, our club welfare lead: 0123 456", help.Message.Cards.Single(c => c.Title == "Support").Body.Plain);
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
    public async Task Retention_within_30_to_3650_days_is_saved_once_confirmed(long days)
    {
        await using var services = await TestServices.CreateAsync();

        var asked = await services.RunAsync("runwell retention", Admin, ("days", days));
        await using (var before = services.Database.CreateContext())
        {
            Assert.All(await before.Clubs.ToListAsync(), c => Assert.Equal(ClubDefaults.RetentionDays, c.RetentionDays));
        }

        var done = await services.PressAsync(Button(asked, "Keep entries").Id, Admin);

        Assert.Equal(ReplyMode.UpdateMessage, done.Mode);
        Assert.Contains($"{days} days", done.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.Equal(days, (await db.Clubs.SingleAsync()).RetentionDays);
    }

    [Fact]
    public async Task The_question_counts_the_entries_the_next_clean_up_would_delete_and_changes_nothing()
    {
        await using var services = await TestServices.CreateAsync();
        var now = services.Time.GetUtcNow().UtcDateTime; // Wednesday 25 Nov 2026 12:00 UTC; the next clean-up is 26 Nov 03:00
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.AnnId, "old", Commands.BenId, now.AddDays(-40));
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.BenId, "recent", Commands.AnnId, now.AddDays(-10));

        var asked = await services.RunAsync("runwell retention", Admin, ("days", 30L));

        Assert.Contains("Keep entries for 30 days?", asked.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("would delete 2 entries (check-ins and runs)", asked.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(TimestampPart.Utc(new DateTime(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc)), asked.Message.Text.Parts);
        Assert.Equal(2, asked.Message.Buttons.Count);
        await using var db = services.Database.CreateContext();
        Assert.Equal(ClubDefaults.RetentionDays, (await db.Clubs.SingleAsync()).RetentionDays);
        Assert.Equal(2, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task Cancel_another_admins_press_or_an_expired_button_changes_nothing()
    {
        await using var services = await TestServices.CreateAsync();
        var asked = await services.RunAsync("runwell retention", Admin, ("days", 90L));
        var confirm = Button(asked, "Keep entries").Id;

        var cancelled = await services.PressAsync(Button(asked, "Cancel").Id, Admin);
        var borrowed = await services.PressAsync(confirm, Admin with { UserId = Commands.BenId });
        services.Time.Advance(TimeSpan.FromMinutes(3));
        var expired = await services.PressAsync(confirm, Admin);

        Assert.Contains("Cancelled", cancelled.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("belongs to someone else", borrowed.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("expired", expired.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.All(await db.Clubs.ToListAsync(), c => Assert.Equal(ClubDefaults.RetentionDays, c.RetentionDays));
    }

    private static ActionButton Button(Reply reply, string label) => reply.Message.Buttons.Single(b => b.Label.StartsWith(label, StringComparison.Ordinal));

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
