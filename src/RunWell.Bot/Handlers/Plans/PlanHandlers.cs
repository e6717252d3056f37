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

/// <summary>/plan show: the plan and its next slots; asking stores nothing.</summary>
internal sealed class PlanShowHandler(PlanService plans) : ICommandHandler
{
    public string Path => "plan show";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(await plans.ShowAsync(context.Caller.GuildId!.Value, context.Caller.UserId, ct) is { } plan ? PlanCopy.Show(plan) : PlanCopy.NoPlan);
}

/// <summary>/plan clear: the plan and its reminders go; logged runs stay.</summary>
internal sealed class PlanClearHandler(PlanService plans) : ICommandHandler
{
    public string Path => "plan clear";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(await plans.ClearAsync(context.Caller.GuildId!.Value, context.Caller.UserId, ct) ? PlanCopy.Cleared : PlanCopy.NothingToClear);
}
