using System.Diagnostics.CodeAnalysis;

namespace RunWell.Domain.Time;

/// <summary>IANA time zones only: what members type and what Discord users expect to see.</summary>
public static class TimeZones
{
    private static readonly Lazy<string[]> AllIds = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)]);

    /// <summary>Every IANA id the system knows, sorted; used for autocomplete.</summary>
    public static IReadOnlyList<string> Ids => AllIds.Value;

    /// <summary>
    /// Finds a zone the way people type it: the exact IANA id, the id in any case (<c>europe/london</c>),
    /// or a city (<c>London</c>, <c>new york</c>, <c>São Paulo</c>). Windows ids are refused.
    /// </summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        var typed = id.Trim();

        // An exact id (what is stored) is found without listing every zone: that listing reads the whole
        // tz database, which is too slow for the first interaction after start.
        if (TryLoad(typed, out zone))
        {
            return true;
        }

        var canonical = ByLowerId.Value.GetValueOrDefault(typed.ToLowerInvariant())
            ?? ByCity.Value.GetValueOrDefault(CityKey(typed));
        // Ids the system resolves but does not list (EST, MST, links) are still tried as typed.
        return canonical is not null ? TryLoad(canonical, out zone) : TryLoad(typed.ToUpperInvariant(), out zone);
    }

    /// <summary>
    /// True for ids like <c>EST</c>, <c>MST</c> or <c>Etc/GMT+5</c>: a fixed offset that never follows
    /// daylight saving, which is rarely what a club means (New York is <c>America/New_York</c>).
    /// </summary>
    public static bool IsFixedOffsetAbbreviation(TimeZoneInfo zone) =>
        !zone.SupportsDaylightSavingTime && zone.BaseUtcOffset != TimeSpan.Zero
        && (!zone.Id.Contains('/', StringComparison.Ordinal) || zone.Id.StartsWith("Etc/", StringComparison.Ordinal));

    /// <summary>The city zone people usually mean by a fixed-offset abbreviation, when there is a common one.</summary>
    public static string? UsualZoneFor(TimeZoneInfo zone) => zone.Id switch
    {
        "EST" => "America/New_York",
        "MST" => "America/Denver",
        "HST" => "Pacific/Honolulu",
        _ => null,
    };

    private static readonly Lazy<Dictionary<string, string>> ByLowerId = new(() =>
        Ids.GroupBy(i => i.ToLowerInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    // The last part of each id ("New_York"); where two ids share a city the shorter, canonical one wins.
    private static readonly Lazy<Dictionary<string, string>> ByCity = new(() =>
        Ids.Where(i => i.Contains('/', StringComparison.Ordinal) && !i.StartsWith("Etc/", StringComparison.Ordinal))
            .GroupBy(i => CityKey(i[(i.LastIndexOf('/') + 1)..]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Count(c => c == '/')).ThenBy(i => i, StringComparer.Ordinal).First(), StringComparer.Ordinal));

    private static string CityKey(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is '_' or '-' ? ' ' : char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool TryLoad(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        try
        {
            var found = TimeZoneInfo.FindSystemTimeZoneById(id);
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
    public static IReadOnlyList<string> Suggest(string? typed, int max)
    {
        var text = (typed?.Trim() ?? "").Replace(' ', '_');
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

    /// <summary>
    /// The one problem for a zone nobody could find, whichever option it came from: what was sent, then
    /// up to three suggestions (from the text, or else from the start of its city).
    /// </summary>
    public static Problem Unknown(string option, string? typed)
    {
        var sent = (typed ?? "").Trim();
        var city = sent[(sent.LastIndexOf('/') + 1)..];
        var suggestions = sent.Length == 0 ? [] : Suggest(sent, 3);
        if (suggestions.Count == 0 && city.Length >= 3)
        {
            suggestions = Suggest(city[..Math.Min(city.Length, 4)], 3);
        }

        return new(ProblemKind.UnknownTimeZone, option, [sent, .. suggestions]);
    }
}
