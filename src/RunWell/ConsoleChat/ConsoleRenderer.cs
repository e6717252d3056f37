using System.Globalization;
using System.Text;
using RunWell.Domain.Messaging;

namespace RunWell.ConsoleChat;

/// <summary>
/// Renders a platform-neutral message as terminal text: names as "@Amy", times in the member's own
/// zone, cards as framed blocks, buttons numbered.
/// </summary>
internal static class ConsoleRenderer
{
    public static string Render(Message message, IReadOnlyList<string> savedFiles, ConsoleView view)
    {
        var text = new StringBuilder();
        if (!message.Text.IsEmpty)
        {
            text.AppendLine(Plain(message.Text, view));
        }

        foreach (var card in message.Cards)
        {
            text.AppendLine($"┌─ {card.Title}");
            if (!card.Body.IsEmpty)
            {
                foreach (var line in Plain(card.Body, view).Split('\n'))
                {
                    text.AppendLine($"│ {line}");
                }
            }

            foreach (var field in card.Fields)
            {
                text.AppendLine($"│ {field.Name}: {Plain(field.Value, view).Replace("\n", "\n│   ", StringComparison.Ordinal)}");
            }

            text.AppendLine(card.Footer is null ? "└─" : $"└─ {card.Footer}");
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

    /// <summary>Each typed part as a terminal shows it.</summary>
    public static string Plain(RichText text, ConsoleView view)
    {
        var plain = new StringBuilder();
        foreach (var part in text.Parts)
        {
            plain.Append(part switch
            {
                TextPart t => t.Text,
                EmphasisPart e => e.Text,
                CommandPart c => c.Command,
                UserPart u => "@" + (view.Names.TryGetValue(u.UserId, out var name) ? name : u.UserId.ToString(CultureInfo.InvariantCulture)),
                ChannelPart c => c.ChannelId == ConsoleIdentity.ChannelId ? "#club" : "#" + c.ChannelId.ToString(CultureInfo.InvariantCulture),
                TimestampPart t => Local(t, view.Zone),
                LinkPart l => $"{l.Label} ({l.Url})",
                _ => "",
            });
        }

        return plain.ToString();
    }

    private static string Local(TimestampPart time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time.At, zone);
        var format = time.Style switch
        {
            TimestampStyle.DateTime => "dddd d MMMM yyyy HH:mm",
            TimestampStyle.Date => "d MMMM yyyy",
            _ => "ddd d MMM yyyy HH:mm",
        };
        return local.ToString(format, CultureInfo.CurrentUICulture);
    }
}
