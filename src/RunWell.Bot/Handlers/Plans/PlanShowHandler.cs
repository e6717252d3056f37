using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Handlers.Plans;

/// <summary>/plan show: the plan and its next slots; asking stores nothing.</summary>
internal sealed class PlanShowHandler(PlanService plans) : ICommandHandler
{
    public string Path => "plan show";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(await plans.ShowAsync(context.Caller.GuildId!.Value, context.Caller.UserId, ct) is { } plan ? PlanCopy.Show(plan) : PlanCopy.NoPlan);
}
