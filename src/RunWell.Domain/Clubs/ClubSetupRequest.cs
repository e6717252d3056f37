namespace RunWell.Domain.Clubs;

/// <summary>
/// What an admin asked for in /runwell setup. Times arrive as typed ("18:00", "7pm"); a null channel,
/// zone, day or time keeps the club's current value (channel and zone are needed the first time).
/// <see cref="ServerLanguage"/> is the server's language as the platform reports it: group posts are
/// written in it.
/// </summary>
public sealed record ClubSetupRequest(
    ulong GuildId,
    string? GuildName,
    ulong? ChannelId,
    string? TimeZoneId,
    DayOfWeek? SummaryDay = null,
    string? SummaryTime = null,
    DayOfWeek? PairingDay = null,
    string? PairingTime = null,
    DayOfWeek? CheckInDay = null,
    string? CheckInTime = null,
    string? NudgeTime = null,
    string? ServerLanguage = null,
    bool? GroupRunsAdminsOnly = null);
