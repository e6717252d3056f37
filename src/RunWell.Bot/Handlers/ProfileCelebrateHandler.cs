using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>/profile celebrate on|off: named in the weekly summary's shout-out for a milestone, or not (the default).</summary>
internal sealed class ProfileCelebrateHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile celebrate";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var on = context.Input.Text("setting") == "on";
        await profiles.SetCelebrateAsync(context.Caller.Member, on, ct);
        return Reply.Private(Rich(on ? "Profile_CelebrateOn" : "Profile_CelebrateOff"));
    }
}
