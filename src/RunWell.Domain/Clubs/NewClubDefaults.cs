namespace RunWell.Domain.Clubs;

/// <summary>What a server starts with before an admin runs setup (from the host's settings).</summary>
public sealed record NewClubDefaults(string TimeZoneId);
