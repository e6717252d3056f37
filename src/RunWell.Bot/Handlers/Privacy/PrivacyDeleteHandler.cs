using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Privacy;

/// <summary>/privacy delete: asks first, with a button that only works for its owner and only for 60 seconds.</summary>
internal sealed class PrivacyDeleteHandler(TimeProvider time) : ICommandHandler
{
    public string Path => "privacy delete";

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var userId = context.Caller.UserId.ToString(CultureInfo.InvariantCulture);
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = new Message(Rich("Delete_Confirm"))
        {
            Buttons =
            [
                new ActionButton(PrivacyButtons.Id(PrivacyButtons.Delete, userId, issued), Get("Delete_Button"), ButtonStyle.Danger),
                new ActionButton(PrivacyButtons.Id(PrivacyButtons.Keep, userId, issued), Get("Delete_KeepButton")),
            ],
        };
        return Task.FromResult(new Reply(message));
    }
}
