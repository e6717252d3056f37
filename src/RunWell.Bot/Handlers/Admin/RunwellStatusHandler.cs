using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>/runwell status: settings, next posts, how the last ones went, and member counts.</summary>
internal sealed class RunwellStatusHandler(ClubStatusService status) : ICommandHandler
{
    public string Path => "runwell status";

    /// <summary>Create Events (1 &lt;&lt; 44) or Manage Events (1 &lt;&lt; 33): what a group run's Discord event needs.</summary>
    internal const ulong EventPermissions = (1UL << 44) | (1UL << 33);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var message = AdminReplies.Status(await status.GetAsync(context.Caller.GuildId!.Value, ct));
        if (context.Caller.BotPermissions is { } permissions && !permissions.HasFlag(ChannelAccess.Events))
        {
            message = message with
            {
                Text = message.Text + "\n" + Rich("Status_GroupRunsNoEvents"),
            };
        }

        return new(message);
    }
}
