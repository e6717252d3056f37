using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Bot.Presenters;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>/runwell support text: the helpline text /help and nudges show.</summary>
internal sealed class RunwellSupportHandler(ClubSettingsService settings) : ICommandHandler
{
    public string Path => "runwell support";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var caller = context.Caller;
        var outcome = await settings.SetSupportTextAsync(caller.GuildId!.Value, caller.GuildName, context.Input.Text("text"), ct);
        return outcome.Ok
            ? new Reply(AdminReplies.SupportSaved(outcome.Value!))
            : Reply.Private(Problems.NothingSaved(outcome.Error!));
    }
}
