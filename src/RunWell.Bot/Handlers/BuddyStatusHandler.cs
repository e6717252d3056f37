using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Buddies;

namespace RunWell.Bot.Handlers;

/// <summary>/buddy status: this week's buddy, and whether they are on a break (never why).</summary>
internal sealed class BuddyStatusHandler(BuddyService buddies) : ICommandHandler
{
    public string Path => "buddy status";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(BuddyCopy.Status(await buddies.StatusAsync(context.Caller.Member, ct)));
}
