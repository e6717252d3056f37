using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Handlers.Plans;

/// <summary>/plan clear: the plan and its reminders go; logged runs stay.</summary>
internal sealed class PlanClearHandler(PlanService plans) : ICommandHandler
{
    public string Path => "plan clear";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(await plans.ClearAsync(context.Caller.GuildId!.Value, context.Caller.UserId, ct) ? PlanCopy.Cleared : PlanCopy.NothingToClear);
}
