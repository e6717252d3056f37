using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Bot.Presenters;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>/runwell setup [channel] [timezone] [day and time of each post]: options left out keep their value (channel and zone are needed the first time).</summary>
internal sealed class RunwellSetupHandler(ClubSettingsService settings) : ICommandHandler
{
    public string Path => "runwell setup";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var input = context.Input;
        var channel = input.Channel("channel");
        if (channel is not null && ChannelCheck.Problem(channel) is { } problem)
        {
            return Reply.Private(Problems.NothingSaved(problem));
        }

        var outcome = await settings.SetupAsync(
            new ClubSetupRequest(
                context.Caller.GuildId!.Value,
                context.Caller.GuildName,
                channel?.Id,
                input.Text("timezone"),
                Day(input.Text("summary_day")),
                input.Text("summary_time"),
                Day(input.Text("pairing_day")),
                input.Text("pairing_time"),
                Day(input.Text("checkin_day")),
                input.Text("checkin_time"),
                input.Text("nudge_time"),
                Words.Languages.Normalize(context.Caller.GuildLocale),
                input.Text("group_runs") switch { "admins" => true, "everyone" => false, _ => null }),
            ct);

        if (!outcome.Ok)
        {
            return Reply.Private(Problems.NothingSaved(outcome.Error!));
        }

        var (club, upcoming) = outcome.Value!;
        return new Reply(AdminReplies.SetupSaved(club, upcoming));
    }

    private static DayOfWeek? Day(string? text) => SlotText.TryParseDay(text, out var day) ? day : null;
}
