using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Handlers;

/// <summary>/help: how to use RunWell, the spirit in three lines, and this server's support text.</summary>
internal sealed class HelpHandler(IClubStore clubs) : ICommandHandler
{
    public string Path => "help";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var club = await clubs.FindAsync(context.Caller.GuildId!.Value, ct);
        var support = ClubDefaults.SupportTextOf(club);

        var message = new Message(
            "**RunWell** helps this club run for its mental health. Check in how you feel, log a run (5 minutes counts), " +
            "and look back at your week. Everything you log is private to you; only you see these replies.")
        {
            Cards =
            [
                new Card("The spirit", CareCopy.Spirit),
                new Card("Log and look back",
                    "`/checkin mood stress energy` how you feel (1–10), before a run is ideal\n" +
                    "`/run log minutes` a run, jog-walk or walk, with how you feel after\n" +
                    "`/run history` your last 10 entries · `/run undo` removes the last one\n" +
                    "`/review` your week with a chart (`week:last` for the one before)\n" +
                    "`/plan set days time` the slots that anchor your week, with an optional reminder"),
                new Card("Together, gently",
                    "`/buddy join` a weekly buddy · `/nudge on` a kind DM after quiet days\n" +
                    "`/pause` for injury, illness or holidays · `/resume` when ready\n" +
                    "`/profile timezone` your own time zone · `/profile show` your settings\n" +
                    "`/privacy export` / `delete` your data, any time"),
                new Card("Support", CareCopy.ProfessionalCare + "\n" + support),
            ],
        };
        return new Reply(message);
    }
}
