using RunWell.Bot.Presenters;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Buddies;
using RunWell.Testing;
using static RunWell.Bot.Tests.Buddies.BuddyWorld;

namespace RunWell.Bot.Tests.Buddies;

public sealed class BuddyAnswerTests
{
    [Fact]
    public async Task Someone_outside_the_group_cannot_answer_its_check_in()
    {
        await using var services = await TestServices.CreateAsync();
        var group = Group(Week, Id(1), Id(2));
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)), group);

        var reply = await services.PressAsync(BuddyAnswerIds.For(group.Id, BuddyAnswerKind.Ran), Commands.Member(Id(3), "Cat"));

        Assert.StartsWith("This check-in belongs to another pair, so nothing was recorded.", reply.Message.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.BuddyAnswers.CountAsync()));
        Assert.Null(await services.LastActivityAsync(Id(3)));
    }

    [Fact]
    public async Task Answering_again_changes_the_one_answer_instead_of_adding_another()
    {
        await using var services = await TestServices.CreateAsync();
        var group = Group(Week, Id(1), Id(2));
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), group);
        var ann = Commands.Member(Id(1));

        await services.PressAsync(BuddyAnswerIds.For(group.Id, BuddyAnswerKind.Planning), ann);
        var reply = await services.PressAsync(BuddyAnswerIds.For(group.Id, BuddyAnswerKind.Ran), ann);

        var answer = Assert.Single(await services.QueryAsync(db => db.BuddyAnswers.ToListAsync()));
        Assert.Equal(BuddyAnswerKind.Ran, answer.Answer);
        Assert.Equal(Id(1), answer.UserId);
        Assert.StartsWith("Answer changed.", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task Any_answer_counts_as_activity_even_not_this_week()
    {
        await using var services = await TestServices.CreateAsync();
        var group = Group(Week, Id(1), Id(2));
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), group);

        var reply = await services.PressAsync(BuddyAnswerIds.For(group.Id, BuddyAnswerKind.NotThisWeek), Commands.Member(Id(2), "Ben"));

        Assert.Equal(services.Time.GetUtcNow().UtcDateTime, await services.LastActivityAsync(Id(2)));
        Assert.Contains("Not this week is OK", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task A_malformed_button_id_records_nothing()
    {
        await using var services = await TestServices.CreateAsync();
        var group = Group(Week, Id(1), Id(2));
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)), group);

        var reply = await services.PressAsync($"buddy:answer:{group.Id}:sprint", Commands.Member(Id(1)));

        Assert.Contains("expired", reply.Message.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.BuddyAnswers.CountAsync()));
    }
}
