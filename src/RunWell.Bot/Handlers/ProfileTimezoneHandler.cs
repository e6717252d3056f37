using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Members;
using RunWell.Domain.Time;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>/profile timezone tz: the member's own IANA zone, validated on the server.</summary>
internal sealed class ProfileTimezoneHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile timezone";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var outcome = await profiles.SetTimeZoneAsync(context.Caller.Member, context.Input.Text("tz"), ct);
        if (!outcome.Ok)
        {
            return Reply.Private(Problems.NothingSaved(outcome.Error!));
        }

        var profile = outcome.Value!;
        return Reply.Private(Rich("Profile_ZoneSet", profile.ZoneId, ProfileCopy.LocalNow(profile))
            + Admin.AdminReplies.FixedOffsetWarning(TimeZones.FindOrUtc(profile.ZoneId)));
    }
}
