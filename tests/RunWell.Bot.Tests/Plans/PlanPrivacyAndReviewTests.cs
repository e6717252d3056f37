using System.Text;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Plans;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Plans;

public sealed class PlanPrivacyAndReviewTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();

    [Fact]
    public async Task Export_includes_the_plan_its_reminders_and_milestones_and_delete_removes_them()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("plan set", Ann, ("days", "tue sat"), ("time", "07:30"), ("reminders", true));
        await services.RunAsync("run log", Ann, ("minutes", 10L));
        var now = services.Time.GetUtcNow().UtcDateTime;
        await services.RowsAsync(new PlanReminder { GuildId = Commands.GuildId, UserId = Commands.AnnId, SlotDate = new DateOnly(2026, 11, 24), SlotUtc = now.AddDays(-1), Minutes = 15, CreatedAtUtc = now.AddDays(-1), Answer = PlanAnswer.NotToday });

        var export = await services.RunAsync("privacy export", Ann);
        var json = Encoding.UTF8.GetString(export.Message.Files.Single(f => f.FileName.EndsWith(".json", StringComparison.Ordinal)).Content);

        Assert.Contains("\"plan\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"Tuesday 07:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"planReminders\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"answer\": \"not-today\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"runs\"", json, StringComparison.Ordinal);

        var asked = await services.RunAsync("privacy delete", Ann);
        await services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Delete everything").Id, Ann);

        Assert.Equal(0, await services.QueryAsync(db => db.PlanReminders.CountAsync()));
        Assert.Equal(0, await services.QueryAsync(db => db.Milestones.CountAsync()));
        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task The_review_relates_the_week_to_the_plan_without_guilt()
    {
        await using var services = await TestServices.CreateAsync();

        // Wed 25 Nov 2026: a Tuesday plan run yesterday, one on Monday (another day); Thursday and Saturday still ahead.
        await services.RunAsync("plan set", Ann, ("days", "tue thu sat"), ("time", "07:00"), ("minutes", 20L));
        await services.RunAsync("run log", Ann, ("minutes", 15L), ("when", "yesterday 07:10"));
        await services.RunAsync("run log", Ann, ("minutes", 12L), ("when", "2026-11-23 18:00"));

        var reply = await services.RunAsync("review", Ann);
        var card = reply.Message.Cards.Single(c => c.Title == "Your plan");

        Assert.Equal("1 of 3", card.Fields.Single(f => f.Name == "Planned days with a run").Value.Plain);
        Assert.Equal("1", card.Fields.Single(f => f.Name == "Runs on other days").Value.Plain);
        Assert.Equal("27 (plan: 60)", card.Fields.Single(f => f.Name == "Minutes").Value.Plain);
        Assert.Equal("Runs on other days count just the same: the plan is a guide, not a test.", card.Body.Plain);
        var all = string.Join(' ', reply.Message.Cards.Select(c => c.Body.Plain + " " + string.Join(' ', c.Fields.Select(f => f.Name + f.Value.Plain))));
        Assert.DoesNotContain("miss", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fail", card.Body.Plain, StringComparison.OrdinalIgnoreCase);
    }
}
