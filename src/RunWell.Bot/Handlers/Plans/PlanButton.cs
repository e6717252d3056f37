using System.Globalization;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using RunWell.Domain.Plans;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Plans;

/// <summary>
/// The three buttons of a slot reminder DM: "Done", "Just a walk today", "Not today — that's OK".
/// The id carries the server (a DM has none) and the slot's date; the presser only ever answers their own reminder.
/// </summary>
internal abstract class PlanButton(PlanReminderAnswers answers, PlanAnswer answer) : IComponentHandler, IDirectMessageComponent
{
    public abstract string Prefix { get; }

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 2
            || !ulong.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var guildId)
            || !DateOnly.TryParseExact(args[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var slotDate)
            || (request.Caller.GuildId is { } here && here != guildId))
        {
            return Reply.Private(Rich("Button_Expired"));
        }

        var who = new MemberRef(guildId, request.Caller.UserId, request.Caller.DisplayName);
        return Reply.Private(PlanReminderCopy.Answered(await answers.AnswerAsync(who, slotDate, answer, ct)));
    }
}
