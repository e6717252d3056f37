namespace RunWell.Domain.Nudges;

public enum NudgeDelivery
{
    DirectMessage = 0,
    ClubChannel = 1,
    Skipped = 2,

    /// <summary>Recorded by the sweep; the delivery worker replaces it with where the nudge really went.</summary>
    Pending = 3,
}

/// <summary>A nudge that went out (or was skipped), so no member gets more than one per N days.</summary>
public sealed class NudgeLog
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }
    public DateTime SentAtUtc { get; set; }
    public DateOnly LocalDate { get; set; }
    public NudgeDelivery Delivery { get; set; }
}
