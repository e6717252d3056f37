using Quartz;
using RunWell.Domain.Posts;

namespace RunWell.Scheduling;

/// <summary>Explicit identities for every job and trigger, so a reschedule replaces rather than adds.</summary>
internal static class RhythmKeys
{
    public const string Group = "runwell";
    public const string SlotGroup = "runwell-slots";
    public const string PlanGroup = "runwell-plans";

    public static TriggerKey Slot(ulong guildId, PostKind kind) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{guildId}:{kind}"), SlotGroup);

    public static TriggerKey PlanReminder(ulong guildId, ulong userId) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{guildId}:{userId}"), PlanGroup);
}
