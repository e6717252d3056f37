using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Handlers.GroupRuns;

internal sealed class GroupRunListHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun list";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        GroupRunReplies.List(await runs.ListAsync(context.Caller.GuildId!.Value, ct));
}
