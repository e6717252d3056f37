using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RunWell.Domain.Messaging;

namespace RunWell.ConsoleChat;

/// <summary>Renders a platform-neutral message as terminal text: cards as framed blocks, buttons numbered.</summary>
internal static partial class ConsoleRenderer
{
    /// <param name="zone">The reader's zone (the member's, else the club's): times print as they would in Discord for them.</param>
    public static string Render(Message message, IReadOnlyList<string> savedFiles, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var text = new StringBuilder();
        if (message.Text.Length > 0)
        {
            text.AppendLine(Plain(message.Text, zone));
        }

        foreach (var card in message.Cards)
        {
            text.AppendLine($"┌─ {Plain(card.Title, zone)}");
            foreach (var line in Plain(card.Body, zone).Split('\n'))
            {
                text.AppendLine($"│ {line}");
            }

            foreach (var field in card.Fields)
            {
                text.AppendLine($"│ {Plain(field.Name, zone)}: {Plain(field.Value, zone).Replace("\n", "\n│   ", StringComparison.Ordinal)}");
            }

            text.AppendLine(card.Footer is null ? "└─" : $"└─ {Plain(card.Footer, zone)}");
        }

        foreach (var file in savedFiles)
        {
            text.AppendLine($"📎 {file}");
        }

        if (message.Buttons.Count > 0)
        {
            var buttons = message.Buttons.Select((b, i) => $"[!{i + 1}] {b.Label}");
            text.AppendLine(string.Join("   ", buttons));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Discord timestamps become wall-clock times in the reader's zone; bold markers are dropped.</summary>
    private static string Plain(string text, TimeZoneInfo zone) =>
        Timestamp().Replace(text, m =>
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            return TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        }).Replace("**", "", StringComparison.Ordinal);

    [GeneratedRegex(@"<t:(\d{1,12}):[tTdDfFR]>")]
    private static partial Regex Timestamp();
}
