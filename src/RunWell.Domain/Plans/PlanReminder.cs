namespace RunWell.Domain.Plans;

public enum PlanAnswer
{
    None = 0,
    Done = 1,
    Walk = 2,
    NotToday = 3,
}

/// <summary>
/// A slot reminder that was queued for a member, and their answer to it. Kept so the buttons find the
/// slot (and log once), and so export and delete cover reminders like any other row about the member.
/// </summary>
public sealed class PlanReminder
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }

    /// <summary>The slot's local date: what the buttons name and what "already ran that day" means.</summary>
    public DateOnly SlotDate { get; set; }

    public DateTime SlotUtc { get; set; }
    public int Minutes { get; set; }
    public bool EveningBefore { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public PlanAnswer Answer { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }

    /// <summary>The run a "Done" or "Just a walk" press logged, if any.</summary>
    public long? RunId { get; set; }
}
