using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Members;

namespace RunWell.Bot.Handlers;

/// <summary>/resume: ends the current break now.</summary>
internal sealed class ResumeHandler(PauseService pauses) : ICommandHandler
{
    public string Path => "resume";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(BuddyCopy.Resumed((await pauses.ResumeAsync(context.Caller.Member, ct)).WasPaused));
}
