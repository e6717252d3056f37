namespace RunWell.Domain.Members;

/// <summary>Who is asking, in which server: what every member-facing service starts from.</summary>
/// <param name="Language">The member's language as their client reports it (kept for the DMs they asked for); null when unknown.</param>
/// <param name="ServerLanguage">The server's language (kept for its group posts); null when unknown.</param>
public sealed record MemberRef(
    ulong GuildId,
    ulong UserId,
    string DisplayName,
    string? GuildName = null,
    string? Language = null,
    string? ServerLanguage = null);

/// <summary>A member with their club, loaded together because nearly every answer needs both.</summary>
public sealed record MemberContext(RunWell.Domain.Clubs.Club Club, Member Member, TimeZoneInfo Zone)
{
    /// <summary>The server's own support text; null means the default, which the presenter words.</summary>
    public string? SupportText => Club.SupportText;
}
