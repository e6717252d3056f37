using RunWell.Domain.Messaging;

namespace RunWell.Bot.Words;

/// <summary>
/// Reads a catalog entry into parts. Placeholders are filled after the markup is read, so text a member
/// wrote (passed as an argument) is never taken as markup.
/// </summary>
internal static class WordsMarkup
{
    public static RichText Parse(string entry, IReadOnlyList<object?> args)
    {
        var parts = new List<MessagePart>();
        var i = 0;
        while (i < entry.Length)
        {
            if (Span(entry, i, "**", out var end))
            {
                parts.Add(new EmphasisPart(Fill(entry[(i + 2)..end], args)));
                i = end + 2;
            }
            else if (Span(entry, i, "_", out end) && (i == 0 || !char.IsLetterOrDigit(entry[i - 1])))
            {
                parts.Add(new EmphasisPart(Fill(entry[(i + 1)..end], args), Emphasis.Soft));
                i = end + 1;
            }
            else if (Span(entry, i, "`", out end))
            {
                parts.Add(new CommandPart(Fill(entry[(i + 1)..end], args)));
                i = end + 1;
            }
            else
            {
                var next = NextMarker(entry, i + 1);
                AddText(parts, entry[i..next], args);
                i = next;
            }
        }

        return new RichText(Merge(parts));
    }

    private static bool Span(string entry, int at, string marker, out int end)
    {
        end = -1;
        if (string.CompareOrdinal(entry, at, marker, 0, marker.Length) != 0)
        {
            return false;
        }

        end = entry.IndexOf(marker, at + marker.Length, StringComparison.Ordinal);
        return end > at + marker.Length;
    }

    private static int NextMarker(string entry, int from)
    {
        for (var i = from; i < entry.Length; i++)
        {
            if (entry[i] is '*' or '`' || (entry[i] == '_' && !char.IsLetterOrDigit(entry[i - 1])))
            {
                return i;
            }
        }

        return entry.Length;
    }

    /// <summary>Plain text with placeholders: each {n} becomes the argument's own parts.</summary>
    private static void AddText(List<MessagePart> parts, string text, IReadOnlyList<object?> args)
    {
        var start = 0;
        while (start < text.Length)
        {
            var open = text.IndexOf('{', start);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0 || !int.TryParse(text.AsSpan(open + 1, close - open - 1), out var index) || index >= args.Count)
            {
                parts.Add(new TextPart(text[start..]));
                return;
            }

            parts.Add(new TextPart(text[start..open]));
            switch (args[index])
            {
                case RichText rich:
                    parts.AddRange(rich.Parts);
                    break;
                case MessagePart part:
                    parts.Add(part);
                    break;
                case var value:
                    parts.Add(new TextPart(Words.FormatValue(value)));
                    break;
            }

            start = close + 1;
        }
    }

    /// <summary>Placeholders inside emphasis or a command are filled as plain text.</summary>
    private static string Fill(string text, IReadOnlyList<object?> args)
    {
        var parts = new List<MessagePart>();
        AddText(parts, text, args);
        return new RichText(parts).Plain;
    }

    /// <summary>
    /// Adjacent text parts become one. Each run is joined in one exact-size string: a StringBuilder here
    /// grew (and copied) its buffer several times for every reply.
    /// </summary>
    private static List<MessagePart> Merge(List<MessagePart> parts)
    {
        var merged = new List<MessagePart>(parts.Count);
        var i = 0;
        while (i < parts.Count)
        {
            if (parts[i] is not TextPart first)
            {
                merged.Add(parts[i++]);
                continue;
            }

            var end = i + 1;
            var length = first.Text.Length;
            while (end < parts.Count && parts[end] is TextPart next)
            {
                length += next.Text.Length;
                end++;
            }

            if (length > 0)
            {
                merged.Add(end == i + 1 ? first : new TextPart(Join(parts, i, end, length)));
            }

            i = end;
        }

        return merged;
    }

    private static string Join(List<MessagePart> parts, int start, int end, int length) =>
        string.Create(length, (parts, start, end), static (span, run) =>
        {
            var at = 0;
            for (var k = run.start; k < run.end; k++)
            {
                var text = ((TextPart)run.parts[k]).Text;
                text.CopyTo(span[at..]);
                at += text.Length;
            }
        });
}
