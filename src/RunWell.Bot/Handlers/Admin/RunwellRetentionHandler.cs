using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Bot.Presenters;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>/runwell retention days: how long entries are kept before the daily clean-up deletes them.</summary>
internal sealed class RunwellRetentionHandler(ClubSettingsService settings) : ICommandHandler
{
    public string Path => "runwell retention";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var caller = context.Caller;
        var outcome = await settings.SetRetentionAsync(caller.GuildId!.Value, caller.GuildName, context.Input.RequiredWhole("days"), ct);
        return outcome.Ok
            ? Reply.Private(AdminReplies.RetentionSaved(outcome.Value!))
            : Reply.Private(Problems.NothingSaved(outcome.Error!));
    }
}
