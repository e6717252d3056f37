using System.Globalization;
using System.Text;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Privacy.Export;
using RunWell.Domain.Time;

namespace RunWell.Domain.Privacy;

/// <summary>An export ready to attach; empty when RunWell holds nothing about the member here.</summary>
/// <summary>Everything about a member in one server, ready to package as files (null when there is nothing).</summary>
public sealed record MemberExport(ExportDocument? Document, string FileBaseName, int Runs, int CheckIns)
{
    public bool IsEmpty => Document is null;
}

/// <summary>
/// /privacy export and /privacy delete. Reads and deletes go through the member's own server only,
/// and neither creates a member row: asking what is stored must not store anything.
/// </summary>
public sealed class PrivacyService(IPrivacyStore store, IClubStore clubs, TimeProvider time)
{
    /// <summary>How long the delete confirmation button stays valid.</summary>
    public static readonly TimeSpan ConfirmWindow = TimeSpan.FromSeconds(60);

    public async Task<MemberExport> ExportAsync(MemberRef who, CancellationToken ct)
    {
        var data = await store.LoadAsync(who.GuildId, who.UserId, ct);
        if (data.IsEmpty)
        {
            return new MemberExport(null, "", 0, 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var club = await clubs.FindAsync(who.GuildId, ct);
        var serverName = club?.Name is { Length: > 0 } name ? name : who.GuildName ?? "";
        var zone = data.Member is { } member && club is not null ? MembershipService.ZoneOf(member, club) : (club?.Zone() ?? TimeZoneInfo.Utc);
        var document = ExportDocument.From(data, who.GuildId, serverName, now);
        return new MemberExport(document, FileBaseName(serverName, who.GuildId, LocalClock.LocalDate(now, zone)), data.Runs.Count, data.CheckIns.Count);
    }

    public Task<MemberDeletion> DeleteAsync(MemberRef who, CancellationToken ct) => store.DeleteAsync(who.GuildId, who.UserId, ct);

    /// <summary>Whether a confirmation issued at <paramref name="issuedUtc"/> may still be used.</summary>
    public bool IsConfirmationValid(DateTimeOffset issuedUtc)
    {
        var age = time.GetUtcNow() - issuedUtc;
        return age >= TimeSpan.FromSeconds(-5) && age <= ConfirmWindow;
    }

    /// <summary><c>runwell-&lt;server&gt;-&lt;date&gt;</c>, with the server name reduced to safe file-name characters.</summary>
    public static string FileBaseName(string serverName, ulong guildId, DateOnly date)
    {
        var slug = new StringBuilder();
        foreach (var c in serverName.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '_' or '.'))
            {
                slug.Append('-');
            }
        }

        var server = slug.ToString().Trim('-');
        if (server.Length == 0)
        {
            server = guildId.ToString(CultureInfo.InvariantCulture);
        }
        else if (server.Length > 40)
        {
            server = server[..40].TrimEnd('-');
        }

        return $"runwell-{server}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }
}
