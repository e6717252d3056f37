using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Members;

namespace RunWell.Bot.Handlers;

/// <summary>/profile show: the member's own settings.</summary>
internal sealed class ProfileShowHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile show";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(ProfileCopy.Render(await profiles.ShowAsync(context.Caller.Member, ct)));
}
