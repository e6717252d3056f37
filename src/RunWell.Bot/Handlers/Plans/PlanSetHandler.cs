using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Handlers.Plans;

/// <summary>/plan set days [time] [minutes] [reminders] [evening_before].</summary>
internal sealed class PlanSetHandler(PlanService plans) : ICommandHandler
{
    public string Path => "plan set";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var input = context.Input;
        var result = await plans.SetAsync(
            new PlanSetRequest(context.Caller.Member, input.Text("days"), input.Text("time"), input.Whole("minutes"), input.Flag("reminders"), input.Flag("evening_before")),
            ct);
        return Reply.Private(result.Plan is { } plan ? PlanCopy.Saved(plan) : PlanCopy.Refused(result.Refused!));
    }
}
