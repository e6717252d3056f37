using RunWell.Domain.Buddies;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Testing;
using static RunWell.Bot.Tests.Buddies.BuddyWorld;

namespace RunWell.Bot.Tests.Buddies;

public sealed class BuddyCheckInProducerTests
{
    [Fact]
    public async Task Each_group_gets_one_post_mentioning_it_with_the_three_answer_buttons()
    {
        await using var services = await TestServices.CreateAsync();
        var first = Group(Week, Id(1), Id(2));
        var second = Group(Week, Id(3), Id(4), Id(5));
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)), Member(Id(4)), Member(Id(5)), first, second);

        var draft = await services.DraftAsync(PostKind.BuddyCheckIn, CheckInSlot);

        Assert.Equal("2026-W48", draft.PeriodKey);
        Assert.Equal(2, draft.Messages.Count);
        var post = draft.Messages[0].Message();
        Assert.Equal([Id(1), Id(2)], post.Pings);
        Assert.Contains($"@{Id(1)}", post.Text.Plain);
        Assert.DoesNotContain($"@{Id(3)}", post.Text.Plain);
        Assert.Equal(
            [$"buddy:answer:{first.Id}:ran", $"buddy:answer:{first.Id}:planning", $"buddy:answer:{first.Id}:skip"],
            post.Buttons.Select(b => b.Id));
        Assert.Equal(["I ran", "Planning to", "Not this week — that's OK"], post.Buttons.Select(b => b.Label));
        Assert.Equal([Id(3), Id(4), Id(5)], draft.Messages[1].Message().Pings);
    }

    [Fact]
    public async Task A_buddy_on_a_break_is_neither_mentioned_nor_pinged()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(
            Club(), Member(Id(1)), Member(Id(2)), Group(Week, Id(1), Id(2)), Pause(Id(2), CheckInSlot.AddDays(-1), days: 3, reason: "flu"));

        var draft = await services.DraftAsync(PostKind.BuddyCheckIn, CheckInSlot);

        var post = Assert.Single(draft.Messages).Message();
        Assert.Equal([Id(1)], post.Pings);
        Assert.DoesNotContain($"@{Id(2)}", post.Text.Plain);
        Assert.DoesNotContain("flu", post.Text.Plain);
    }

    [Fact]
    public async Task A_week_without_groups_has_nothing_to_post()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), Group(Week.AddDays(-7), Id(1), Id(2)));

        var draft = await services.DraftAsync(PostKind.BuddyCheckIn, CheckInSlot);

        Assert.Empty(draft.Messages);
    }
}
