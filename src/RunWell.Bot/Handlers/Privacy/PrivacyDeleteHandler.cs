using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Handlers.Privacy;

/// <summary>/privacy delete: asks first, with a button that only works for its owner and only for 60 seconds.</summary>
internal sealed class PrivacyDeleteHandler(TimeProvider time) : ICommandHandler
{
    public string Path => "privacy delete";

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var userId = context.Caller.UserId.ToString(CultureInfo.InvariantCulture);
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = new Message(
            "This deletes everything RunWell holds about you in this server: your profile and settings, check-ins, runs, " +
            "pauses, buddy answers and nudge history. Buddies keep their side of weeks you shared, without your name. " +
            "It cannot be undone; `/privacy export` first if you want a copy. The button works for 60 seconds.")
        {
            Buttons =
            [
                new ActionButton(PrivacyButtons.Id(PrivacyButtons.Delete, userId, issued), "Delete everything", ButtonStyle.Danger),
                new ActionButton(PrivacyButtons.Id(PrivacyButtons.Keep, userId, issued), "Keep my data"),
            ],
        };
        return Task.FromResult(new Reply(message));
    }
}
