using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RunWell.Domain.Messaging;

namespace RunWell.ConsoleChat;

/// <summary>Renders a platform-neutral message as terminal text: cards as framed blocks, buttons numbered.</summary>
internal static partial class ConsoleRenderer
{
    public static string Render(Message message, IReadOnlyList<string> savedFiles)
    {
        var text = new StringBuilder();
        if (message.Text.Length > 0)
        {
            text.AppendLine(Plain(message.Text));
        }

        foreach (var card in message.Cards)
        {
            text.AppendLine($"┌─ {Plain(card.Title)}");
            foreach (var line in Plain(card.Body).Split('\n'))
            {
                text.AppendLine($"│ {line}");
            }

            foreach (var field in card.Fields)
            {
                text.AppendLine($"│ {Plain(field.Name)}: {Plain(field.Value).Replace("\n", "\n│   ", StringComparison.Ordinal)}");
            }

            text.AppendLine(card.Footer is null ? "└─" : $"└─ {Plain(card.Footer)}");
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

    /// <summary>Discord timestamps become readable local times; bold markers are dropped.</summary>
    private static string Plain(string text) =>
        Timestamp().Replace(text, m =>
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            return TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.Local).ToString("ddd d MMM yyyy HH:mm zzz", CultureInfo.InvariantCulture);
        }).Replace("**", "", StringComparison.Ordinal);

    [GeneratedRegex(@"<t:(\d{1,12}):[tTdDfFR]>")]
    private static partial Regex Timestamp();
}
