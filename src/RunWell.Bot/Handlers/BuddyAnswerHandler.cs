using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Buddies;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>The check-in buttons ("buddy:answer:&lt;groupId&gt;:&lt;ran|planning|skip&gt;"), acknowledged privately.</summary>
internal sealed class BuddyAnswerHandler(BuddyAnswerService answers) : IComponentHandler
{
    public string Prefix => BuddyAnswerIds.Prefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (!BuddyAnswerIds.TryParse(args, out var groupId, out var answer))
        {
            return Reply.Private(Rich("Button_ExpiredNothingRecorded"));
        }

        var outcome = await answers.AnswerAsync(request.Caller.Member, groupId, answer, ct);
        return Reply.Private(outcome.Ok ? BuddyCopy.Answered(outcome.Value!) : Problems.Say(outcome.Error!));
    }
}
