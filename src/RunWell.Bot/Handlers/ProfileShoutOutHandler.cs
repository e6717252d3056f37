using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>/profile shoutout off|on: the weekly shout-out names members unless they turn it off.</summary>
internal sealed class ProfileShoutOutHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile shoutout";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var named = context.Input.RequiredText("state") != "off";
        await profiles.SetShoutOutAsync(context.Caller.Member, named, ct);
        return Reply.Private(Rich(named ? "Profile_ShoutOutNamed" : "Profile_ShoutOutHidden"));
    }
}
