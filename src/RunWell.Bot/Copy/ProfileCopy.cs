using RunWell.Bot.Presenters;
using RunWell.Domain.Members;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

public static class ProfileCopy
{
    public static string LocalNow(MemberProfile profile) => Dates.DayTime(profile.LocalNow);

    public static RichText Render(MemberProfile profile) => RichText.Join("\n",
    [
        Rich("Profile_Heading"),
        Rich("Profile_Zone", Rich(profile.OwnZone ? "Profile_ZoneOwn" : "Profile_ZoneServer", profile.ZoneId), LocalNow(profile)),
        Rich(profile.BuddyOptIn ? "Profile_BuddyJoined" : "Profile_BuddyNotJoined"),
        profile.NudgeOptIn ? Rich("Profile_NudgesOn", profile.NudgeAfterDays) : Rich("Profile_NudgesOff"),
        profile.PausedUntilUtc is { } until ? Rich("Profile_PausedUntil", TimestampPart.Utc(until)) : Rich("Profile_NotPaused"),
        Rich(profile.CelebrateMilestones ? "Profile_MilestonesCelebrated" : "Profile_MilestonesPrivate"),
        Rich(profile.HiddenFromShoutOut ? "Profile_ShoutOutOff" : "Profile_ShoutOutOn"),
    ]);
}
