using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Posts;
using RunWell.FakeDiscord;
using RunWell.Tests.Delivery;

namespace RunWell.Tests.GroupRuns;

/// <summary>What happens to a posted announcement later: the run ends, or a member deletes their data.</summary>
public sealed class GroupRunAfterTests
{
    /// <summary>Saturday 28 Nov 2026 08:30 UTC (a UTC club): "10:00" is today.</summary>
    private static readonly DateTimeOffset SaturdayMorning = new(2026, 11, 28, 8, 30, 0, TimeSpan.Zero);

    private static async Task<ulong> AnnouncedAsync(GroupRunBot bot) =>
        (await bot.Host.WaitForOutboxAsync(o => o.Kind == PostKind.GroupRunAnnouncement && o.SentMessageId is not null)).SentMessageId!.Value;

    private static async Task<RecordedRequest> EditAsync(GroupRunBot bot, int count)
    {
        await bot.Fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditMessage, count, DeliveryHost.Wait);
        return bot.Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditMessage).ElementAt(count - 1);
    }

    [Fact]
    public async Task When_the_run_ends_the_announcement_keeps_who_said_they_would_come_and_loses_its_buttons()
    {
        await using var bot = await GroupRunBot.StartAsync(SaturdayMorning);
        await bot.CreateAsync("10:00", "Park gate");
        var run = Assert.Single(await bot.RunsAsync());
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Bea);
        var announcement = await AnnouncedAsync(bot);

        bot.Time.SetUtcNow(SaturdayMorning.AddMinutes(120));
        await bot.WaitForChannelPostsAsync("**Who came?**", 1);
        var edit = await EditAsync(bot, 1);

        Assert.EndsWith($"/messages/{announcement}", edit.Path, StringComparison.Ordinal);
        var content = edit.Json!.Value.GetProperty("content").GetString()!;
        Assert.Contains("(done)", content, StringComparison.Ordinal);
        Assert.Contains($"<@{GroupRunBot.Bea}>", content, StringComparison.Ordinal);
        Assert.Equal(0, edit.Json!.Value.GetProperty("components").GetArrayLength());

        // A button still on someone's screen changes nothing once the run is over.
        var late = await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Cy);
        Assert.Equal(64, late.GetProperty("data").GetProperty("flags").GetInt32());
        await using var db = bot.Host.Database.CreateContext();
        Assert.False(await db.GroupRunRsvps.AnyAsync(r => r.UserId == GroupRunBot.Cy));
    }

    [Fact]
    public async Task A_member_who_deletes_their_data_leaves_the_upcoming_runs_announcement_and_its_answers()
    {
        await using var bot = await GroupRunBot.StartAsync(SaturdayMorning);
        await bot.CreateAsync("10:00", "Park gate");
        var run = Assert.Single(await bot.RunsAsync());
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Bea);
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Cy);
        var announcement = await AnnouncedAsync(bot);

        var asked = await bot.SlashAsync("privacy", "delete", GroupRunBot.Bea);
        var done = await bot.PressAsync(GroupRunBot.ButtonIn(asked, "Delete everything"), GroupRunBot.Bea);
        Assert.Contains("1 group-run answer", GroupRunBot.Content(done), StringComparison.Ordinal);

        var edit = await EditAsync(bot, 1);
        Assert.EndsWith($"/messages/{announcement}", edit.Path, StringComparison.Ordinal);
        var content = edit.Json!.Value.GetProperty("content").GetString()!;
        Assert.Contains($"**Coming (1):** <@{GroupRunBot.Cy}>", content, StringComparison.Ordinal);
        Assert.DoesNotContain(GroupRunBot.Bea.ToString(System.Globalization.CultureInfo.InvariantCulture), content, StringComparison.Ordinal);

        // The one who planned it goes too: the club keeps the run, nobody is named as its planner.
        asked = await bot.SlashAsync("privacy", "delete", GroupRunBot.Ann);
        done = await bot.PressAsync(GroupRunBot.ButtonIn(asked, "Delete everything"), GroupRunBot.Ann);
        Assert.Contains("taken off 1 group run(s) you planned", GroupRunBot.Content(done), StringComparison.Ordinal);
        var second = (await EditAsync(bot, 2)).Json!.Value.GetProperty("content").GetString()!;
        Assert.DoesNotContain("Planned by", second, StringComparison.Ordinal);
        Assert.Contains($"<@{GroupRunBot.Cy}>", second, StringComparison.Ordinal);

        await using var db = bot.Host.Database.CreateContext();
        Assert.Equal([GroupRunBot.Cy], await db.GroupRunRsvps.Select(r => r.UserId).ToListAsync());
        var kept = await db.GroupRuns.SingleAsync();
        Assert.Equal((0UL, ""), (kept.CreatorId, kept.CreatorName));
        var ids = new[] { GroupRunBot.Ann, GroupRunBot.Bea }.Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain(await db.Outbox.Select(o => o.PayloadJson).ToListAsync(), json => ids.Any(id => json.Contains(id, StringComparison.Ordinal)));
    }
}
