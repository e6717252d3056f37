namespace RunWell.Domain.Members;

/// <summary>Who is asking, in which server: what every member-facing service starts from.</summary>
public sealed record MemberRef(ulong GuildId, ulong UserId, string DisplayName, string? GuildName = null);

/// <summary>A member with their club, loaded together because nearly every answer needs both.</summary>
public sealed record MemberContext(RunWell.Domain.Clubs.Club Club, Member Member, TimeZoneInfo Zone)
{
    public string SupportText => RunWell.Domain.Clubs.ClubDefaults.SupportTextOf(Club);
}
