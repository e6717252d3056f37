using RunWell.Domain.Members;

namespace RunWell.Domain.Nudges;

/// <summary>
/// A member the sweep may nudge, with their <see cref="LastActivity"/> read in the same query
/// (null when they have done nothing yet: quiet days then count from when they joined).
/// </summary>
public sealed record NudgeCandidate(Member Member, DateTime? LastActivityAtUtc);
