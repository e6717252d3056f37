using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Messaging;
using RunWell.Testing;
using static RunWell.Bot.Tests.Buddies.BuddyWorld;

namespace RunWell.Bot.Tests.Buddies;

public sealed class BuddyCommandTests
{
    [Fact]
    public async Task Join_opts_in_once_and_says_when_the_next_pairing_is()
    {
        await using var services = await TestServices.CreateAsync();
        var ann = Commands.Member();

        var first = await services.RunAsync("buddy join", ann);
        var again = await services.RunAsync("buddy join", ann);

        Assert.StartsWith("You're in!", first.Message.Text.Plain);
        Assert.Contains(first.Message.Text.Parts, p => p is TimestampPart);
        Assert.StartsWith("You're already in", again.Message.Text.Plain);
        Assert.True((await services.QueryAsync(db => db.Members.SingleAsync())).BuddyOptIn);
    }

    [Fact]
    public async Task Leave_opts_out_and_the_member_is_not_paired_next_week()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Commands.AnnId), Member(Id(1)), Member(Id(2)));

        var reply = await services.RunAsync("buddy leave", Commands.Member());
        var draft = await services.DraftAsync(Domain.Posts.PostKind.BuddyPairing, PairingSlot.AddDays(7));

        Assert.StartsWith("You've left buddy pairing", reply.Message.Text.Plain);
        Assert.DoesNotContain(Commands.AnnId, Assert.Single(draft.Messages).Message().Pings);
    }

    [Fact]
    public async Task Status_names_this_weeks_buddy()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Commands.AnnId), Member(Commands.BenId), Group(Week, Commands.AnnId, Commands.BenId));

        var reply = await services.RunAsync("buddy status", Commands.Member());

        Assert.Contains($"Your buddy this week: {$"@{Commands.BenId}"}.", reply.Message.Text.Plain);
        Assert.DoesNotContain("taking a break", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task A_partners_status_says_the_buddy_is_taking_a_break_but_never_why()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Commands.AnnId), Member(Commands.BenId), Group(Week, Commands.AnnId, Commands.BenId));
        await services.RunAsync("pause", Commands.Member(Commands.BenId, "Ben"), ("days", 5L), ("reason", "sprained ankle"));

        var reply = await services.RunAsync("buddy status", Commands.Member());

        Assert.Contains($"{$"@{Commands.BenId}"} is taking a break", reply.Message.Text.Plain);
        Assert.DoesNotContain("ankle", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task A_paused_member_sees_their_own_break_and_is_left_out_of_the_next_pairing()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Commands.AnnId), Member(Id(1)), Member(Id(2)));
        await services.RunAsync("pause", Commands.Member(), ("days", 14L));

        var status = await services.RunAsync("buddy status", Commands.Member());
        var draft = await services.DraftAsync(Domain.Posts.PostKind.BuddyPairing, PairingSlot.AddDays(7));

        Assert.Contains("You're on a break until", status.Message.Text.Plain);
        Assert.Equal([Id(1), Id(2)], Assert.Single(draft.Messages).Message().Pings.Order());
    }

    [Fact]
    public async Task Buddy_subcommands_refuse_options_they_do_not_have()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("buddy join", Commands.Member(), ("days", 3L));

        Assert.Contains("/buddy join has no option days", reply.Message.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));
    }
}
