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
                context.Caller.BotPermissions,
                context.InteractionId),
            ct);
        return outcome.Ok ? GroupRunReplies.Created(outcome.Value!) : GroupRunReplies.Problem(outcome.Problem!.Value);
    }
}
