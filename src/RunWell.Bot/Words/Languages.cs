using System.Globalization;

namespace RunWell.Bot.Words;

/// <summary>
/// The languages RunWell speaks and how a Discord locale maps onto them. Any Spanish locale
/// ("es-ES", "es-419") reads the Spanish catalog; everything else reads English.
/// </summary>
public static class Languages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    /// <summary>Every language with a complete catalog, English first.</summary>
    public static readonly IReadOnlyList<CultureInfo> All = [English, Spanish];

    /// <summary>The Discord locales that command names and descriptions are localized for.</summary>
    public static readonly IReadOnlyList<string> DiscordLocales = ["es-ES", "es-419"];

    public static CultureInfo For(string? locale) =>
        locale is not null && locale.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    /// <summary>The language tag to store for a member or server ("es-ES" or "en-GB"); null when the platform did not say.</summary>
    public static string? Normalize(string? locale) => locale is null ? null : For(locale).Name;

    /// <summary>Reads the catalog in this language until disposed (culture flows with async calls).</summary>
    public static IDisposable Use(string? locale) => new Scope(For(locale));

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo _previousUi = CultureInfo.CurrentUICulture;

        // Only the UI culture: parsing (numbers, times members type) stays invariant whatever the language.
        public Scope(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = _previousUi;
    }
}
