using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Buddies;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Testing;
using static RunWell.Bot.Tests.Buddies.BuddyWorld;

namespace RunWell.Bot.Tests.Buddies;

public sealed class BuddyPairingProducerTests
{
    [Fact]
    public async Task The_pairing_post_mentions_and_pings_exactly_the_members_who_joined()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)), Member(Id(4)), Member(Id(5), buddy: false));

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);

        Assert.Equal("2026-W48", draft.PeriodKey);
        var post = Assert.Single(draft.Messages);
        Assert.Equal(Commands.ChannelId, post.ChannelId);
        Assert.Equal([Id(1), Id(2), Id(3), Id(4)], post.Message().Pings.Order());
        Assert.All([Id(1), Id(2), Id(3), Id(4)], id => Assert.Contains($"@{id}", post.Message().Text.Plain));
        Assert.DoesNotContain($"@{Id(5)}", post.Message().Text.Plain);
        Assert.StartsWith("🤝 This week's running buddies\n", post.Message().Text.Plain);
    }

    [Fact]
    public async Task Drafting_adds_the_weeks_groups_to_the_unit_of_work_without_saving_them()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)));

        await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);
        var afterPreview = await services.QueryAsync(db => db.BuddyGroups.CountAsync());
        await services.DraftAsync(PostKind.BuddyPairing, PairingSlot, save: true);
        var saved = await services.QueryAsync(db => db.BuddyGroups.Include(g => g.Members).ToListAsync());

        Assert.Equal(0, afterPreview);
        var trio = Assert.Single(saved);
        Assert.Equal(Week, trio.WeekStart);
        Assert.Equal([Id(1), Id(2), Id(3)], trio.Members.Select(m => m.UserId!.Value).Order());
    }

    [Fact]
    public async Task A_paused_member_is_not_paired_and_not_named()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(
            Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)), Pause(Id(3), PairingSlot.AddDays(-1), days: 7, reason: "knee"));

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);

        var post = Assert.Single(draft.Messages);
        Assert.Equal([Id(1), Id(2)], post.Message().Pings.Order());
        Assert.DoesNotContain($"@{Id(3)}", post.Message().Text.Plain);
        Assert.DoesNotContain("knee", post.Message().Text.Plain);
    }

    [Fact]
    public async Task Pairs_of_the_last_four_weeks_are_not_repeated()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(
            Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)), Member(Id(4)),
            Group(Week.AddDays(-7), Id(1), Id(2)), Group(Week.AddDays(-7), Id(3), Id(4)),
            Group(Week.AddDays(-14), Id(1), Id(3)), Group(Week.AddDays(-14), Id(2), Id(4)));

        await services.DraftAsync(PostKind.BuddyPairing, PairingSlot, save: true);
        var thisWeek = await services.QueryAsync(db => db.BuddyGroups.Include(g => g.Members).Where(g => g.WeekStart == Week).ToListAsync());

        var pairs = thisWeek.Select(g => g.Members.Select(m => m.UserId!.Value).Order().ToArray()).Select(p => (p[0], p[1])).ToList();
        Assert.Equal([(Id(1), Id(4)), (Id(2), Id(3))], pairs.Order());
    }

    [Fact]
    public async Task Members_are_paired_with_someone_in_a_near_time_zone_using_their_own_zone()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(
            Club(),
            Member(Id(1), zone: "Europe/London"), Member(Id(2), zone: "Asia/Tokyo"),
            Member(Id(3), zone: "Europe/Paris"), Member(Id(4), zone: "Asia/Seoul"));

        await services.DraftAsync(PostKind.BuddyPairing, PairingSlot, save: true);
        var groups = await services.QueryAsync(db => db.BuddyGroups.Include(g => g.Members).ToListAsync());

        var pairs = groups.Select(g => g.Members.Select(m => m.UserId!.Value).Order().ToArray()).Select(p => (p[0], p[1])).ToList();
        Assert.Equal([(Id(1), Id(3)), (Id(2), Id(4))], pairs.Order());
    }

    [Fact]
    public async Task A_lone_member_who_asked_for_DMs_is_told_why_by_DM_only()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1), nudges: true));

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot, save: true);

        var dm = Assert.Single(draft.Messages);
        Assert.Equal(Id(1), dm.DirectMessageUserId);
        Assert.Contains("nobody else joined", dm.Message().Text.Plain);
        Assert.DoesNotContain($"@{Id(1)}", dm.FallbackMessage()!.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.BuddyGroups.CountAsync()));
    }

    [Fact]
    public async Task A_lone_member_without_DMs_gets_a_line_in_the_post_that_names_nobody()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1)));

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);

        var post = Assert.Single(draft.Messages);
        Assert.Null(post.DirectMessageUserId);
        Assert.StartsWith("Only one person joined buddy pairing this week", post.Message().Text.Plain);
        Assert.Empty(post.Message().Pings);
    }

    [Fact]
    public async Task A_week_already_paired_is_drafted_again_from_its_groups_without_new_ones()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)), Member(Id(4)), Group(Week, Id(1), Id(2)));

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot.AddDays(2), save: true);

        Assert.Equal([Id(1), Id(2)], Assert.Single(draft.Messages).Message().Pings.Order());
        Assert.Equal(1, await services.QueryAsync(db => db.BuddyGroups.CountAsync()));
    }

    [Fact]
    public async Task A_club_without_a_channel_gets_no_post_and_no_groups()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(withChannel: false), Member(Id(1)), Member(Id(2)));

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot, save: true);

        Assert.Empty(draft.Messages);
        Assert.Equal(0, await services.QueryAsync(db => db.BuddyGroups.CountAsync()));
    }

    [Fact]
    public async Task A_big_club_is_one_post_that_pings_everyone_paired()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync([Club(), .. Enumerable.Range(1, 120).Select(i => Member(Id(i)))]);

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);

        // Splitting under a platform's message limit is the platform renderer's job (see DiscordRendererTests).
        var post = Assert.Single(draft.Messages).Message();
        Assert.Equal(120, post.Pings.Count);
        Assert.All(post.Pings, id => Assert.Contains($"@{id}", post.Text.Plain));
    }
}
