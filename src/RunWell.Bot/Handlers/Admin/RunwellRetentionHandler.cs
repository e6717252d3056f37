using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Privacy;

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
            return Reply.Private($"**days** must be from {ClubDefaults.MinRetentionDays} to {ClubDefaults.MaxRetentionDays} (you sent {days}). Nothing was saved.");
        }

        var preview = await retention.PreviewAsync(context.Caller.GuildId!.Value, (int)days, ct);
        var issued = time.GetUtcNow().ToUnixTimeSeconds();
        var user = context.Caller.UserId;
        var message = new Message(AdminReplies.RetentionQuestion(preview))
        {
            Buttons =
            [
                new ActionButton(RetentionButtons.Id(RetentionButtons.Confirm, preview.Days, user, issued),
                    $"Keep entries {preview.Days} days", preview.Entries > 0 ? ButtonStyle.Danger : ButtonStyle.Primary),
                new ActionButton(RetentionButtons.Id(RetentionButtons.Cancel, preview.Days, user, issued), "Cancel"),
            ],
        };
        return new Reply(message);
    }
}

/// <summary>
/// The confirm and cancel buttons of /runwell retention: <c>retention:&lt;action&gt;:&lt;days&gt;:&lt;user&gt;:&lt;issued unix s&gt;</c>.
/// Everything travels in the id, so no state is kept; a stale or borrowed button changes nothing.
/// </summary>
internal sealed class RetentionButtons(ClubSettingsService settings, TimeProvider time) : IComponentHandler
{
    public const string Confirm = "confirm";
    public const string Cancel = "cancel";
    public static readonly TimeSpan ConfirmWindow = TimeSpan.FromMinutes(2);

    public string Prefix => "retention";

    public static string Id(string action, int days, ulong userId, long issuedUnixSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"retention:{action}:{days}:{userId}:{issuedUnixSeconds}");

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 4
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            || !ulong.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
            || !long.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var issued))
        {
            return Updated("That button is not valid any more. Nothing was changed.");
        }

        if (owner != request.Caller.UserId || !request.Caller.CanManageServer || request.Caller.GuildId is not { } guildId)
        {
            return Reply.Private("That button belongs to someone else, so it does nothing for you. Nothing was changed.");
        }

        if (args[0] == Cancel)
        {
            return Updated("Cancelled. Retention was not changed.");
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        if (args[0] != Confirm || age < TimeSpan.FromSeconds(-5) || age > ConfirmWindow)
        {
            return Updated("That confirmation expired (it lasts 2 minutes), so nothing was changed. Run `/runwell retention` again.");
        }

        var outcome = await settings.SetRetentionAsync(guildId, request.Caller.GuildName, days, ct);
        return outcome.Ok ? Updated(AdminReplies.RetentionSaved(outcome.Value!)) : Updated(outcome.Error! + " Nothing was saved.");
    }

    private static Reply Updated(string text) => Reply.Private(text) with { Mode = ReplyMode.UpdateMessage };
}
