using System.Text;
using RunWell.Bot.Catalog;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.ConsoleChat;

/// <summary>A typed line, read as a slash command: the catalog path and raw option values.</summary>
internal sealed record ParsedLine(string Path, IReadOnlyDictionary<string, object?> Options);

/// <summary>
/// Reads <c>/run log minutes:20 kind:jog-walk note:"felt good"</c> the way Discord's client would send it:
/// the command (and subcommand) from the catalog, then <c>name:value</c> pairs; quotes keep spaces.
/// A line it cannot read gets a hint in the catalog's words (the console's language).
/// </summary>
internal static class ConsoleLineParser
{
    public static (ParsedLine? Line, RichText? Error) Parse(string line)
    {
        var tokens = Tokenize(line.Trim(), out var tokenError);
        if (tokenError is not null)
        {
            return (null, tokenError);
        }

        if (tokens.Count == 0 || !tokens[0].StartsWith('/') || tokens[0].Length == 1)
        {
            return (null, Rich("Console_StartWithSlash"));
        }

        var name = tokens[0][1..].ToLowerInvariant();
        var command = CommandCatalog.FindTopLevel(name);
        if (command is null)
        {
            var guess = Closest(name, CommandCatalog.All.Select(c => c.Name));
            return (null, guess is null ? Rich("Console_UnknownCommand", name) : Rich("Console_UnknownCommandGuess", name, guess));
        }

        var path = name;
        var rest = 1;
        if (command.Subcommands.Count > 0)
        {
            var sub = tokens.Count > 1 ? tokens[1].ToLowerInvariant() : null;
            if (sub is null || command.Subcommands.All(s => s.Name != sub))
            {
                var guess = sub is null ? null : Closest(sub, command.Subcommands.Select(s => s.Name));
                var needs = Rich("Console_NeedsSubcommand", name, string.Join(", ", command.Subcommands.Select(s => s.Name)), command.Subcommands[0].Name);
                return (null, guess is null ? needs : needs + " " + Rich("Problem_DidYouMean", new CommandPart($"/{name} {guess}")));
            }

            path = $"{name} {sub}";
            rest = 2;
            command = command.Subcommands.Single(s => s.Name == sub);
        }

        var options = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var token in tokens.Skip(rest))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return (null, Rich("Console_OptionShape", token));
            }

            var option = token[..colon].ToLowerInvariant();
            if (options.ContainsKey(option))
            {
                return (null, Rich("Console_OptionTwice", option));
            }

            var value = token[(colon + 1)..];
            options[option] = command.Options.Any(o => o.Name == option && o.Kind == OptionKind.Channel) ? ConsoleChannel(value) : value;
        }

        return (new ParsedLine(path, options), null);
    }

    /// <summary>
    /// The console has one channel, the club's: a name (<c>general</c>, <c>#club-runs</c>) means it, as
    /// picking a channel does in Discord; an id is passed on as typed.
    /// </summary>
    private static string ConsoleChannel(string value)
    {
        var bare = value.Trim().TrimStart('<', '#').TrimEnd('>');
        return bare.Length > 0 && bare.All(char.IsAsciiDigit)
            ? value
            : ConsoleIdentity.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The nearest name within two edits (a typo like /chekin), or null.</summary>
    private static string? Closest(string typed, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Distance: Distance(typed, n)))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3)) || (typed.Length >= 3 && c.Name.StartsWith(typed, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>Edits between two names, a swap of neighbours counting as one (lgo → log).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static List<string> Tokenize(string line, out RichText? error)
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

        error = quote is null ? null : Rich("Console_UnclosedQuote");
        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
