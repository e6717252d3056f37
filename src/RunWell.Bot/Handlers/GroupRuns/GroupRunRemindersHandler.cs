using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Handlers.GroupRuns;

internal sealed class GroupRunRemindersHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun reminders";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var on = context.Input.RequiredText("setting") == "on";
        await runs.SetRemindersAsync(context.Caller.Member, on, ct);
        return GroupRunReplies.Reminders(on);
    }
}
