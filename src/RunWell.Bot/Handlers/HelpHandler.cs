using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>/help: how to use RunWell, the spirit in three lines, and this server's support text.</summary>
internal sealed class HelpHandler(IClubStore clubs) : ICommandHandler
{
    public string Path => "help";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var club = await clubs.FindAsync(context.Caller.GuildId!.Value, ct);
        var message = new Message(Rich("Help_Intro"))
        {
            Cards =
            [
                new Card(Get("Help_SpiritTitle"), CareCopy.Spirit),
                new Card(Get("Help_LogTitle"), Rich("Help_Log")),
                new Card(Get("Help_TogetherTitle"), Rich("Help_Together")),
                new Card(Get("Help_SupportTitle"), SupportText.WithCare(club?.SupportText)),
            ],
        };
        return new Reply(message);
    }
}
