using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Privacy;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>
/// /runwell retention days: shows how many entries the next clean-up would delete with that retention
/// and changes nothing until the admin presses the confirm button.
/// </summary>
internal sealed class RunwellRetentionHandler(RetentionService retention, TimeProvider time) : ICommandHandler
{
    public string Path => "runwell retention";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var days = context.Input.RequiredWhole("days");
        if (days is < ClubDefaults.MinRetentionDays or > ClubDefaults.MaxRetentionDays)
        {
            return Reply.Private(Problems.NothingSaved(
                new Problem(ProblemKind.OutOfRange, "days", ClubDefaults.MinRetentionDays, ClubDefaults.MaxRetentionDays, days)));
        }

        var preview = await retention.PreviewAsync(context.Caller.GuildId!.Value, (int)days, ct);
        var issued = time.GetUtcNow().ToUnixTimeSeconds();
        var user = context.Caller.UserId;
        var message = new Message(AdminReplies.RetentionQuestion(preview))
        {
            Buttons =
            [
                new ActionButton(RetentionButtons.Id(RetentionButtons.Confirm, preview.Days, user, issued),
                    Get("Retention_KeepButton", preview.Days), preview.Entries > 0 ? ButtonStyle.Danger : ButtonStyle.Primary),
                new ActionButton(RetentionButtons.Id(RetentionButtons.Cancel, preview.Days, user, issued), Get("Retention_CancelButton")),
            ],
        };
        return new Reply(message);
    }
}
