using System.Text;
using RunWell.Bot.Catalog;

namespace RunWell.ConsoleChat;

/// <summary>A typed line, read as a slash command: the catalog path and raw option values.</summary>
internal sealed record ParsedLine(string Path, IReadOnlyDictionary<string, object?> Options);

/// <summary>
/// Reads <c>/run log minutes:20 kind:jog-walk note:"felt good"</c> the way Discord's client would send it:
/// the command (and subcommand) from the catalog, then <c>name:value</c> pairs; quotes keep spaces.
/// </summary>
internal static class ConsoleLineParser
{
    public static (ParsedLine? Line, string? Error) Parse(string line)
    {
        var tokens = Tokenize(line.Trim(), out var tokenError);
        if (tokenError is not null)
        {
            return (null, tokenError);
        }

        if (tokens.Count == 0 || !tokens[0].StartsWith('/') || tokens[0].Length == 1)
        {
            return (null, "Commands start with a slash, e.g. `/help` or `/run log minutes:20`.");
        }

        var name = tokens[0][1..].ToLowerInvariant();
        var command = CommandCatalog.FindTopLevel(name);
        if (command is null)
        {
            return (null, $"I don't know /{name}. Try /help.");
        }

        var path = name;
        var rest = 1;
        if (command.Subcommands.Count > 0)
        {
            var sub = tokens.Count > 1 ? tokens[1].ToLowerInvariant() : null;
            if (sub is null || command.Subcommands.All(s => s.Name != sub))
            {
                return (null, $"/{name} needs one of: {string.Join(", ", command.Subcommands.Select(s => s.Name))} (e.g. `/{name} {command.Subcommands[0].Name}`).");
            }

            path = $"{name} {sub}";
            rest = 2;
        }

        var options = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var token in tokens.Skip(rest))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return (null, $"Options are written `name:value` (got \"{token}\"). Example: `/run log minutes:20 mood:7`.");
            }

            options[token[..colon].ToLowerInvariant()] = token[(colon + 1)..];
        }

        return (new ParsedLine(path, options), null);
    }

    private static List<string> Tokenize(string line, out string? error)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        var inToken = false;
        foreach (var c in line)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'' or '“' or '”')
            {
                quote = c == '“' ? '”' : c;
                inToken = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    inToken = false;
                }
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        error = quote is null ? null : "A quote was opened but not closed.";
        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
