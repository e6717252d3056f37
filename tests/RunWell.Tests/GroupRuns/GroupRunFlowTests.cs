using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.GroupRuns;
using RunWell.FakeDiscord;
using RunWell.Tests.Delivery;

namespace RunWell.Tests.GroupRuns;

/// <summary>A Saturday group run from announcement to logged runs, through the real host and the fake Discord.</summary>
public sealed class GroupRunFlowTests
{
    /// <summary>Saturday 28 Nov 2026 08:30 UTC (a UTC club): "10:00" is today, reminded at 09:00.</summary>
    private static readonly DateTimeOffset SaturdayMorning = new(2026, 11, 28, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Create_makes_an_external_event_and_posts_one_announcement_with_rsvp_buttons_that_pings_nobody()
    {
        await using var bot = await GroupRunBot.StartAsync(SaturdayMorning);

        var reply = await bot.CreateAsync("10:00", "Park gate", more: [("minutes", 4, 45), ("note", 3, "Coffee after @everyone")]);

        Assert.Equal(64, reply.GetProperty("data").GetProperty("flags").GetInt32());
        var ev = Assert.Single(bot.Fake.Rest.ScheduledEvents.Current);
        Assert.Contains($"https://discord.com/events/{DeliveryHost.GuildId}/{ev.Id}", GroupRunBot.Content(reply), StringComparison.Ordinal);
        Assert.Equal(("Group run · Park gate", "Park gate"), (ev.Name, ev.Location));
        Assert.Equal((SaturdayMorning.AddMinutes(90), SaturdayMorning.AddMinutes(135)), (ev.Start, ev.End));
        Assert.Contains("walkers too", ev.Description, StringComparison.Ordinal);

        await bot.WaitForChannelPostsAsync("**Group run**", 1);
        var post = Assert.Single(bot.ChannelPosts("**Group run**"));
        var run = Assert.Single(await bot.RunsAsync());
        Assert.Contains($"<t:{SaturdayMorning.AddMinutes(90).ToUnixTimeSeconds()}:F>", post.GetProperty("content").GetString(), StringComparison.Ordinal);
        var buttons = post.GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()).ToList();
        Assert.Equal([$"grouprun:in:{run.Id}", $"grouprun:out:{run.Id}"], buttons);
        Assert.Equal(0, post.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(post.GetProperty("allowed_mentions").TryGetProperty("users", out _));
        Assert.Equal((GroupRunEventState.Created, ev.Id, 45), (run.EventState, run.EventId, run.Minutes));
    }

    [Fact]
    public async Task Rsvps_can_change_and_each_press_edits_the_announcement_while_discords_interested_is_counted()
    {
        await using var bot = await GroupRunBot.StartAsync(SaturdayMorning);
        await bot.CreateAsync("10:00", "Park gate");
        var run = Assert.Single(await bot.RunsAsync());

        var bea = await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Bea);
        Assert.Equal(7, bea.GetProperty("type").GetInt32());
        Assert.Contains($"**Coming (1):** <@{GroupRunBot.Bea}>", GroupRunBot.Content(bea), StringComparison.Ordinal);
        Assert.Equal(0, bea.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());

        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Cy);
        var changed = await bot.PressAsync($"grouprun:out:{run.Id}", GroupRunBot.Bea);
        Assert.Contains($"**Coming (1):** <@{GroupRunBot.Cy}>", GroupRunBot.Content(changed), StringComparison.Ordinal);
        Assert.Contains("Can't make it: 1", GroupRunBot.Content(changed), StringComparison.Ordinal);

        Assert.True(await bot.Fake.Gateway.SendScheduledEventUserAsync(DeliveryHost.GuildId, run.EventId!.Value, GroupRunBot.Bea, added: true) > 0);
        await DeliveryHost.UntilAsync(async () =>
        {
            await using var db = bot.Host.Database.CreateContext();
            return await db.GroupRunRsvps.AnyAsync(r => r.Interested);
        });
        var list = await bot.CommandAsync("list");
        Assert.Contains("1 coming, 1 interested", GroupRunBot.Content(list), StringComparison.Ordinal);
        var again = await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Cy);
        Assert.Contains("Interested on the event: 1", GroupRunBot.Content(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_run_who_came_logs_once_per_member_and_the_form_stores_the_after_ratings()
    {
        await using var bot = await GroupRunBot.StartAsync(SaturdayMorning);
        await bot.CreateAsync("10:00", "Park gate", more: [("minutes", 4, 45)]);
        var run = Assert.Single(await bot.RunsAsync());
        var early = await bot.PressAsync($"grouprun:came:{run.Id}", GroupRunBot.Bea);
        Assert.Contains("hasn't started yet", GroupRunBot.Content(early), StringComparison.Ordinal);

        bot.Time.SetUtcNow(SaturdayMorning.AddMinutes(135));
        await bot.WaitForChannelPostsAsync("**Who came?**", 1);
        var whoCame = Assert.Single(bot.ChannelPosts("**Who came?**"));
        Assert.Equal($"grouprun:came:{run.Id}", whoCame.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());

        var first = await bot.PressAsync($"grouprun:came:{run.Id}", GroupRunBot.Bea);
        var second = await bot.PressAsync($"grouprun:came:{run.Id}", GroupRunBot.Bea);
        Assert.Equal(64, first.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Logged your 45 min group run", GroupRunBot.Content(first), StringComparison.Ordinal);
        Assert.Contains("Already logged", GroupRunBot.Content(second), StringComparison.Ordinal);
        await using (var db = bot.Host.Database.CreateContext())
        {
            var log = Assert.Single(await db.Runs.ToListAsync());
            Assert.Equal((GroupRunBot.Bea, run.Id, 45, run.StartUtc), (log.UserId, log.GroupRunId, log.Minutes, log.AtUtc));
        }

        var form = await bot.PressAsync($"grouprun:feel:{run.Id}", GroupRunBot.Bea);
        Assert.Equal(9, form.GetProperty("type").GetInt32());
        var data = form.GetProperty("data");
        Assert.Equal($"grouprunfeel:{run.Id}", data.GetProperty("custom_id").GetString());
        Assert.InRange(data.GetProperty("title").GetString()!.Length, 1, 45);
        var inputs = data.GetProperty("components").EnumerateArray().Select(row => row.GetProperty("components")[0]).ToList();
        Assert.Equal(["mood", "stress", "energy"], inputs.Select(i => i.GetProperty("custom_id").GetString()));
        Assert.All(inputs, i => Assert.Equal((4, false), (i.GetProperty("type").GetInt32(), i.GetProperty("required").GetBoolean())));

        var refused = await bot.SubmitAsync($"grouprunfeel:{run.Id}", GroupRunBot.Bea, ("mood", "11"), ("stress", "3"));
        Assert.Contains("Nothing was saved", GroupRunBot.Content(refused), StringComparison.Ordinal);
        var saved = await bot.SubmitAsync($"grouprunfeel:{run.Id}", GroupRunBot.Bea, ("mood", "8"), ("stress", "3"), ("energy", ""));
        Assert.Equal(64, saved.GetProperty("data").GetProperty("flags").GetInt32());
        await using (var db = bot.Host.Database.CreateContext())
        {
            var log = Assert.Single(await db.Runs.ToListAsync());
            Assert.Equal((8, 3, (int?)null), (log.MoodAfter, log.StressAfter, log.EnergyAfter));
        }
    }

    [Fact]
    public async Task Bad_when_or_where_gets_a_private_answer_and_stores_nothing()
    {
        await using var bot = await GroupRunBot.StartAsync(SaturdayMorning);

        var unreadable = await bot.CreateAsync("someday soon", "Park gate");
        var past = await bot.CreateAsync("08:00", "Park gate");
        var tooFar = await bot.CreateAsync("2027-06-01 09:00", "Park gate");
        var longWhere = await bot.CreateAsync("10:00", new string('x', 101));

        Assert.Contains("couldn't read **when**", GroupRunBot.Content(unreadable), StringComparison.Ordinal);
        Assert.Contains("already passed", GroupRunBot.Content(past), StringComparison.Ordinal);
        Assert.Contains("90 days", GroupRunBot.Content(tooFar), StringComparison.Ordinal);
        Assert.Contains("**where** can be at most 100 characters", GroupRunBot.Content(longWhere), StringComparison.Ordinal);
        Assert.All([unreadable, past, tooFar, longWhere], r => Assert.Equal(64, r.GetProperty("data").GetProperty("flags").GetInt32()));
        Assert.Empty(await bot.RunsAsync());
        Assert.Empty(await bot.Host.OutboxAsync());
        Assert.DoesNotContain(bot.Fake.Rest.Requests.All, r => r.Route == FakeRoute.CreateScheduledEvent);
    }
}
