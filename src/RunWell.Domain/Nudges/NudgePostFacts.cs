using RunWell.Domain.Posts;

namespace RunWell.Domain.Nudges;

/// <summary>A micro-run nudge DM to a member who asked for them.</summary>
/// <param name="LocalDate">The member's local day of the nudge (varies the wording from day to day).</param>
/// <param name="SupportText">The server's own support text; null for the default.</param>
public sealed record NudgeDirect(ulong GuildId, ulong UserId, DateOnly LocalDate, string? SupportText) : PostFacts;

/// <summary>When the member's DMs are closed: one mention in the club channel, with nothing personal in it.</summary>
public sealed record NudgeChannelFallback(ulong UserId) : PostFacts;
