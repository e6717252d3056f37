using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Buddies;

namespace RunWell.Bot.Handlers;

/// <summary>/buddy join.</summary>
internal sealed class BuddyJoinHandler(BuddyService buddies) : ICommandHandler
{
    public string Path => "buddy join";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(BuddyCopy.Joined(await buddies.JoinAsync(context.Caller.Member, ct)));
}
