using System.Diagnostics.CodeAnalysis;

namespace RunWell.Domain.Time;

/// <summary>IANA time zones only: what members type and what Discord users expect to see.</summary>
public static class TimeZones
{
    private static readonly Lazy<string[]> AllIds = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)]);

    /// <summary>Every IANA id the system knows, sorted; used for autocomplete.</summary>
    public static IReadOnlyList<string> Ids => AllIds.Value;

    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            var found = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            if (!found.HasIanaId)
            {
                return false;
            }

            zone = found;
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>A zone known to exist; falls back to UTC for a stored id the system no longer has.</summary>
    public static TimeZoneInfo FindOrUtc(string? id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Up to <paramref name="max"/> ids containing the typed text, best matches first.</summary>
    public static IReadOnlyList<string> Suggest(string? typed, int max = 25)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return [.. Ids.Take(max)];
        }

        return [.. Ids
            .Where(id => id.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(id => id.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(id => id.Length)
            .Take(max)];
    }

    /// <summary>The one problem for a zone RunWell does not know, with up to three suggestions.</summary>
    public static Problem Unknown(string option, string? sent) =>
        new(ProblemKind.UnknownTimeZone, option, [(sent ?? "").Trim(), .. Suggest(sent, 3)]);
}
