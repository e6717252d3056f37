using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>/runwell status: settings, next posts, how the last ones went, and member counts.</summary>
internal sealed class RunwellStatusHandler(ClubStatusService status) : ICommandHandler
{
    public string Path => "runwell status";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        new(AdminReplies.Status(await status.GetAsync(context.Caller.GuildId!.Value, ct)));
}
