using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

public sealed class NudgeTests
{
    // Wednesday 25 Nov 2026, 17:05 UTC: just after the default 17:00 nudge time in a UTC club.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 17, 5, 0, TimeSpan.Zero);

    private static async Task<(TestServices, FakeMessenger)> StartAsync()
    {
        var messenger = new FakeMessenger();
        var services = await TestServices.CreateAsync(b =>
        {
            b.Services.AddSingleton<IOutboundMessenger>(messenger);
            b.Services.AddScoped<OutboxDelivery>();
        }, Now);
        await Seed.ClubAsync(services.Database);
        return (services, messenger);
    }

    /// <summary>Opted in and quiet for five days since joining (no entries: quiet days count from the member row).</summary>
    private static void QuietOptIn(Member m)
    {
        m.NudgeOptIn = true;
        m.CreatedAtUtc = Now.UtcDateTime.AddDays(-5);
    }

    private static Task<NudgeSweepResult> SweepAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<NudgeSweep>().SweepAsync(CancellationToken.None));

    [Fact]
    public async Task A_quiet_member_is_nudged_once_and_a_paused_one_not_at_all()
    {
        var (services, _) = await StartAsync();
        await using var _s = services;
        await Seed.MemberAsync(services.Database, Commands.AnnId, QuietOptIn);
        await Seed.MemberAsync(services.Database, Commands.BenId, QuietOptIn);
        await using (var db = services.Database.CreateContext())
        {
            db.Pauses.Add(new Pause { GuildId = Commands.GuildId, UserId = Commands.BenId, StartUtc = Now.UtcDateTime.AddDays(-1), EndUtc = Now.UtcDateTime.AddDays(6) });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, (await SweepAsync(services)).Nudged);
        services.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(0, (await SweepAsync(services)).Nudged);

        var row = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.Equal(Commands.AnnId, row.DirectMessageUserId);
        Assert.Equal($"2026-11-25:{Commands.AnnId}", Assert.Single(await Seed.PostsAsync(services.Database, PostKind.Nudge)).PeriodKey);
    }

    /// <summary>
    /// The sweep reads its servers' candidates in batches of <see cref="NudgeSweep.ServersPerRead"/>: one
    /// more server than a batch holds puts one member in the second batch, and every member of every server
    /// is nudged once, in their own server, with the nudge remembered on their own row.
    /// </summary>
    [Fact]
    public async Task A_sweep_over_more_servers_than_one_read_holds_nudges_each_quiet_member_once_in_their_own_server()
    {
        var (services, _) = await StartAsync();
        await using var _s = services;
        const int servers = NudgeSweep.ServersPerRead + 1;
        await using (var db = services.Database.CreateContext())
        {
            for (var i = 1; i <= servers; i++)
            {
                var guild = Commands.GuildId + (ulong)i;
                db.Clubs.Add(new Club { GuildId = guild, Name = $"Club {i}", ChannelId = Commands.ChannelId + (ulong)i, TimeZoneId = "UTC" });
                var member = new Member { GuildId = guild, UserId = Commands.AnnId + (ulong)i, DisplayName = $"m{i}" };
                QuietOptIn(member);
                db.Members.Add(member);
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(servers, (await SweepAsync(services)).Nudged);
        services.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(0, (await SweepAsync(services)).Nudged);

        var rows = await Seed.OutboxAsync(services.Database);
        Assert.Equal(servers, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.GuildId - Commands.GuildId, r.DirectMessageUserId - Commands.AnnId));
        await using var check = services.Database.CreateContext();
        Assert.Equal(servers, await check.Members.CountAsync(m => m.LastNudgeAtUtc == Now.UtcDateTime));
    }

    [Fact]
    public async Task A_nudge_is_remembered_on_the_member_so_the_next_waits_for_the_quiet_days_again()
    {
        var (services, _) = await StartAsync();
        await using var _s = services;
        await Seed.MemberAsync(services.Database, Commands.AnnId, QuietOptIn);

        Assert.Equal(1, (await SweepAsync(services)).Nudged);

        // The candidate comes back with its last activity beside it and must still be tracked.
        await using var db = services.Database.CreateContext();
        Assert.Equal(Now.UtcDateTime, (await db.Members.SingleAsync(m => m.UserId == Commands.AnnId)).LastNudgeAtUtc);
    }

    [Fact]
    public async Task With_consent_a_closed_dm_becomes_one_mention_in_the_club_channel_without_personal_data()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await Seed.MemberAsync(services.Database, Commands.AnnId, m =>
        {
            QuietOptIn(m);
            m.NudgeIfDmsClosed = NudgeFallback.MentionInChannel;
        });
        messenger.ClosedDms.Add(Commands.AnnId);

        await SweepAsync(services);
        await services.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

        var fallback = messenger.Sends.Single(s => s.ChannelId == Commands.ChannelId);
        Assert.Contains(new UserPart(Commands.AnnId, Ping: true), fallback.Message.Text.Parts);
        Assert.Equal([Commands.AnnId], fallback.Message.Pings);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await Seed.OutboxAsync(services.Database)).Status);
    }

    [Fact]
    public async Task Without_consent_a_closed_dm_means_no_nudge_anywhere_recorded_as_skipped()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await Seed.MemberAsync(services.Database, Commands.AnnId, QuietOptIn);
        messenger.ClosedDms.Add(Commands.AnnId);

        await SweepAsync(services);
        await services.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

        Assert.DoesNotContain(messenger.Sends, s => s.ChannelId is not null);
        await using var db = services.Database.CreateContext();
        Assert.Equal(NudgeDelivery.Skipped, (await db.Nudges.SingleAsync()).Delivery);
    }

    [Theory]
    [InlineData(17, 5, 5, true)]
    [InlineData(16, 55, 5, false)]
    [InlineData(21, 0, 5, false)]
    [InlineData(17, 5, 3, false)]
    public void A_nudge_is_due_only_after_the_slot_before_the_quiet_hours_and_after_enough_quiet_days(int hour, int minute, int quietDays, bool due)
    {
        var now = new DateTime(2026, 11, 25, hour, minute, 0, DateTimeKind.Utc);
        var member = new Member { NudgeOptIn = true, NudgeAfterDays = 4 };
        Assert.Equal(due, NudgePolicy.DueOn(member, now.AddDays(-quietDays), TimeZoneInfo.Utc, new TimeOnly(17, 0), now) is not null);
    }

    [Fact]
    public async Task Nudge_on_then_stop_from_a_dm_turns_nudges_off_for_that_member_only()
    {
        var (services, _) = await StartAsync();
        await using var _s = services;

        var on = await services.RunAsync("nudge on", Commands.Member(), ("after_days", 6L));
        Assert.Contains("6 quiet days", on.Message.Text.Plain, StringComparison.Ordinal);

        var dm = Commands.Member() with { GuildId = null };
        await services.PressAsync($"nudge-stop:{Commands.GuildId}", dm);

        await using var db = services.Database.CreateContext();
        Assert.False(db.Members.Single(m => m.UserId == Commands.AnnId).NudgeOptIn);
    }

    [Fact]
    public async Task A_nudge_button_pressed_in_another_server_changes_nothing()
    {
        var (services, _) = await StartAsync();
        await using var _s = services;
        await services.RunAsync("nudge on", Commands.Member());
        var elsewhere = Commands.Member() with { GuildId = Commands.GuildId + 1 };

        var reply = await services.PressAsync($"nudge-stop:{Commands.GuildId}", elsewhere);

        Assert.Contains("expired", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.True(db.Members.Single(m => m.UserId == Commands.AnnId && m.GuildId == Commands.GuildId).NudgeOptIn);
    }

    [Theory]
    [InlineData("nudge off")]
    [InlineData("pause")]
    public async Task A_nudge_queued_before_the_member_turned_nudges_off_or_paused_is_never_sent(string command)
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await Seed.MemberAsync(services.Database, Commands.AnnId, QuietOptIn);
        Assert.Equal(1, (await SweepAsync(services)).Nudged);

        // Between the sweep and delivery (retries run for hours during an outage) the member says no more.
        await services.RunAsync(command, Commands.Member());
        await services.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

        Assert.Empty(messenger.Sends);
        Assert.NotEqual(OutboxStatus.Pending, Assert.Single(await Seed.OutboxAsync(services.Database)).Status);
    }

    [Fact]
    public async Task A_nudge_whose_delivery_slips_into_the_evening_waits_until_the_morning()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await Seed.MemberAsync(services.Database, Commands.AnnId, QuietOptIn);
        Assert.Equal(1, (await SweepAsync(services)).Nudged);

        // An outage holds delivery until 21:30 the member's (UTC) time.
        services.Time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(25));
        await services.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

        Assert.Empty(messenger.Sends);
        var held = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.Equal(OutboxStatus.Pending, held.Status);
        Assert.Equal(new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc), held.NextAttemptAtUtc);

        services.Time.Advance(held.NextAttemptAtUtc - services.Time.GetUtcNow().UtcDateTime);
        await services.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

        Assert.Single(messenger.Sends);
    }

    [Theory]
    [InlineData("2026-11-25T20:59:00Z", null)]
    [InlineData("2026-11-25T21:00:00Z", "2026-11-26T08:00:00Z")]
    [InlineData("2026-11-26T07:59:00Z", "2026-11-26T08:00:00Z")]
    [InlineData("2026-11-26T08:00:00Z", null)]
    public void The_quiet_hours_hold_a_nudge_until_eight_the_next_morning(string now, string? heldUntil)
    {
        static DateTime Utc(string s) => DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(heldUntil is null ? null : Utc(heldUntil), NudgePolicy.HeldUntilUtc(TimeZoneInfo.Utc, Utc(now)));
    }
}
