using System.Text;
using RunWell.Bot.Engine;
using static RunWell.Bot.Words.Words;

namespace RunWell.ConsoleChat;

/// <summary>A form (Discord's modal) in the terminal: printed with its fields, answered with `!form name:value ...`.</summary>
internal static class ConsoleForms
{
    public static string Render(ModalForm form)
    {
        var text = new StringBuilder("📝 ").Append(form.Title).Append('\n');
        foreach (var field in form.Fields)
        {
            text.Append("  ").Append(field.Id).Append(" — ").Append(field.Label).Append(field.Required ? "" : " " + Get("Console_FormOptional")).Append('\n');
        }

        return text.Append(Get("Console_FormAnswer", "!form " + string.Join(' ', form.Fields.Select(f => f.Id + ":…")))).ToString();
    }

    public static IReadOnlyDictionary<string, string> Values(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[token[..colon].ToLowerInvariant()] = token[(colon + 1)..];
            }
        }

        return values;
    }
}
