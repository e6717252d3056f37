using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Admin;

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
            return Updated(Rich("Retention_ButtonInvalid"));
        }

        if (owner != request.Caller.UserId || !request.Caller.CanManageServer || request.Caller.GuildId is not { } guildId)
        {
            return Reply.Private(Rich("Retention_NotYours"));
        }

        if (args[0] == Cancel)
        {
            return Updated(Rich("Retention_Cancelled"));
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        if (args[0] != Confirm || age < TimeSpan.FromSeconds(-5) || age > ConfirmWindow)
        {
            return Updated(Rich("Retention_Expired"));
        }

        var outcome = await settings.SetRetentionAsync(guildId, request.Caller.GuildName, days, ct);
        return Updated(outcome.Ok ? AdminReplies.RetentionSaved(outcome.Value!) : Problems.NothingSaved(outcome.Error!));
    }

    private static Reply Updated(RichText text) => Reply.Private(text) with { Mode = ReplyMode.UpdateMessage };
}
