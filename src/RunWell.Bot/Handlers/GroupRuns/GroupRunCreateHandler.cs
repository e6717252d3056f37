using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Handlers.GroupRuns;

/// <summary>/grouprun create when where [minutes] [note] [repeat].</summary>
internal sealed class GroupRunCreateHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun create";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var input = context.Input;
        var outcome = await runs.CreateAsync(
            new GroupRunCreateRequest(
                context.Caller.Member,
                context.Caller.CanManageServer,
                input.RequiredText("when"),
                input.RequiredText("where"),
                input.Whole("minutes"),
                input.Text("note"),
                input.Text("repeat") == "weekly",
                // The platform reads Discord's bits: Create Events (1 << 44) when the caller's channel grants it.
                context.Caller.BotPermissions is { } access ? (access.HasFlag(ChannelAccess.Events) ? 1UL << 44 : 0UL) : null,
                context.InteractionId),
            ct);
        return outcome.Ok ? GroupRunReplies.Created(outcome.Value!) : GroupRunReplies.Problem(outcome.Problem!.Value);
    }
}
