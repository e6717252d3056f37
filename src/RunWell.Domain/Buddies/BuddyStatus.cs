namespace RunWell.Domain.Buddies;

/// <summary>What a member may know about a buddy: whether they are around, never why not.</summary>
public enum PartnerState
{
    Active,

    /// <summary>On a pause; the reason stays private to them.</summary>
    OnBreak,

    /// <summary>Left buddy pairing since the week began.</summary>
    LeftPairing,

    /// <summary>Deleted their data; the seat is anonymised.</summary>
    Gone,
}

public sealed record BuddyPartner(ulong? UserId, PartnerState State);

/// <param name="Partners">This pairing week's buddies; empty when the member was not paired this week.</param>
/// <param name="PausedUntilUtc">The member's own break, when on one.</param>
public sealed record BuddyStatus(bool OptedIn, DateTime? PausedUntilUtc, DateTime NextPairingUtc, IReadOnlyList<BuddyPartner> Partners);

/// <param name="Changed">False when the member was already in (or out).</param>
public sealed record BuddyOptChange(bool Changed, DateTime NextPairingUtc, DateTime? PausedUntilUtc);

/// <param name="Previous">The answer it replaced, when the member changed their mind.</param>
public sealed record BuddyAnswered(BuddyAnswerKind Answer, BuddyAnswerKind? Previous);
