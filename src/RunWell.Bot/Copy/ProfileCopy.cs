using System.Globalization;
using RunWell.Domain.Members;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Copy;

public static class ProfileCopy
{
    public static string LocalNow(MemberProfile profile) =>
        profile.LocalNow.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string Render(MemberProfile profile)
    {
        var zone = profile.OwnZone
            ? $"**{profile.ZoneId}** (yours)"
            : $"**{profile.ZoneId}** (the server's; `/profile timezone` sets your own)";
        var nudges = profile.NudgeOptIn ? $"on, after {profile.NudgeAfterDays} quiet days" : "off";
        var pause = profile.PausedUntilUtc is { } until
            ? $"paused until {Mention.Time(new DateTimeOffset(until, TimeSpan.Zero), 'f')}"
            : "not paused";
        return string.Join('\n',
            "Your RunWell settings here (only you see this):",
            $"Time zone: {zone}, local time {LocalNow(profile)}",
            $"Buddy pairing: {(profile.BuddyOptIn ? "joined" : "not joined")}",
            $"Nudges: {nudges}",
            $"Pause: {pause}",
            $"Milestones: {(profile.CelebrateMilestones ? "celebrated in the weekly summary" : "private")}",
            $"Weekly shout-out: {(profile.HiddenFromShoutOut ? "off (counted, never named)" : "names you when you ran (`/profile shoutout off` to opt out)")}");
    }
}
