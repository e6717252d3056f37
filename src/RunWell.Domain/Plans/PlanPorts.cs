using RunWell.Domain.Messaging;

namespace RunWell.Domain.Plans;

/// <summary>The plan's database port: members with reminders on, and the reminders' own rows.</summary>
public interface IPlanStore
{
    /// <summary>Every member (of one server, when given) in servers RunWell is still in, with a plan and its reminders on.</summary>
    Task<IReadOnlyList<(ulong GuildId, ulong UserId)>> ListWithRemindersAsync(CancellationToken ct, ulong? guildId = null);

    /// <summary>The reminder of a member's slot on a local date, tracked (its answer is saved by the unit of work).</summary>
    Task<PlanReminder?> FindReminderAsync(ulong guildId, ulong userId, DateOnly slotDate, CancellationToken ct);

    void AddReminder(PlanReminder reminder);
}

/// <summary>
/// The calendar behind slot reminders (Quartz in the host): one pending firing per member, at their next
/// reminder; scheduling again replaces it. Without a scheduler (tests, tools) nothing fires.
/// </summary>
public interface IPlanReminderScheduler
{
    Task ScheduleAsync(ulong guildId, ulong userId, DateTime sendUtc, CancellationToken ct);

    Task UnscheduleAsync(ulong guildId, ulong userId, CancellationToken ct);
}

internal sealed class NoPlanReminderScheduler : IPlanReminderScheduler
{
    public Task ScheduleAsync(ulong guildId, ulong userId, DateTime sendUtc, CancellationToken ct) => Task.CompletedTask;

    public Task UnscheduleAsync(ulong guildId, ulong userId, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>What a slot reminder is about; the bot's presenter turns it into words and buttons, in the member's language.</summary>
/// <param name="SuggestWalk">The member is on a break and kept their slots: suggest an easy walk.</param>
public sealed record PlanReminderFacts(ulong GuildId, ulong UserId, ReminderSlot Reminder, int Minutes, bool SuggestWalk) : Posts.PostFacts;

