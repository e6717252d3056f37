using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Buddies;

namespace RunWell.Bot.Handlers;

/// <summary>/buddy leave.</summary>
internal sealed class BuddyLeaveHandler(BuddyService buddies) : ICommandHandler
{
    public string Path => "buddy leave";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(BuddyCopy.Left(await buddies.LeaveAsync(context.Caller.Member, ct)));
}
