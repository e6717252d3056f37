using System.Globalization;
using RunWell.Bot.Catalog;
using RunWell.Bot.Presenters;
using RunWell.Domain;
using RunWell.Domain.Messaging;
using RunWell.Domain.Text;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Engine;

/// <summary>
/// Checks raw option values against the catalog, whatever the client already validated: Discord
/// enforces min/max on its side, the console does not, and neither is trusted. A value out of range
/// is the same <see cref="Problem"/> the domain reports, so it reads the same wherever it is caught.
/// </summary>
public static class OptionValidator
{
    public static Validation Validate(string path, CommandSpec spec, IReadOnlyDictionary<string, object?> raw)
    {
        var values = new Dictionary<string, object>(raw.Count, StringComparer.Ordinal);
        foreach (var (name, value) in raw)
        {
            var option = Find(spec, name);
            if (option is null)
            {
                var known = spec.Options.Count == 0 ? Get("Option_NoOptions") : Get("Option_KnownOptions", string.Join(", ", spec.Options.Select(o => o.Name)));
                return Fail(Rich("Option_Unknown", new CommandPart("/" + path), new EmphasisPart(name), known));
            }

            if (value is null || value is string { Length: 0 })
            {
                continue;
            }

            var (converted, error) = Convert(option, value);
            if (error is not null)
            {
                return Fail(error);
            }

            values[name] = converted!;
        }

        for (var i = 0; i < spec.Options.Count; i++)
        {
            var option = spec.Options[i];
            if (option.Required && !values.ContainsKey(option.Name))
            {
                return Fail(Rich("Option_Missing", Bold(option), HintSuffix(option)));
            }
        }

        return new Validation(new CommandInput(values), null);
    }

    /// <summary>Indexed loops here and above: they run for every option of every command, and a lambda and an enumerator allocated each time.</summary>
    private static OptionSpec? Find(CommandSpec spec, string name)
    {
        for (var i = 0; i < spec.Options.Count; i++)
        {
            if (spec.Options[i].Name == name)
            {
                return spec.Options[i];
            }
        }

        return null;
    }

    public readonly record struct Validation(CommandInput? Input, RichText? Error);

    private static Validation Fail(RichText error) => new(null, error);

    private static EmphasisPart Bold(OptionSpec option) => new(option.Name);

    private static string HintSuffix(OptionSpec option) =>
        option.Choices.Count > 0 ? Get("Option_ChoicesHint", string.Join(", ", option.Choices.Select(c => c.Value)))
        : Hint(option) is { } hint ? Get("Option_HintSuffix", hint) : "";

    /// <summary>What is allowed, in words: the option's own hint, else its range or length.</summary>
    public static string? Hint(OptionSpec option) =>
        option.HintKey is { } key ? Get(key)
        : (option.MinValue, option.MaxValue) is ({ } min, { } max) ? string.Create(CultureInfo.InvariantCulture, $"{min}–{max}")
        : option.MaxLength is { } length ? Get("Hint_UpTo", length)
        : null;

    private static (object? Value, RichText? Error) Convert(OptionSpec option, object value) => option.Kind switch
    {
        OptionKind.WholeNumber => ToInteger(option, value),
        OptionKind.Fractional => ToNumber(option, value),
        OptionKind.Toggle => ToBoolean(option, value),
        OptionKind.Channel => ToChannel(option, value),
        _ => ToText(option, value),
    };

    private static (object?, RichText?) ToInteger(OptionSpec option, object value)
    {
        long number;
        switch (value)
        {
            case long l: number = l; break;
            case int i: number = i; break;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 1e15: number = (long)d; break;
            case string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed): number = parsed; break;
            default: return (null, Rich("Option_NotWhole", Bold(option), HintSuffix(option)));
        }

        if ((option.MinValue is { } min && number < min) || (option.MaxValue is { } max && number > max))
        {
            return (null, OutOfRange(option, number));
        }

        return (number, null);
    }

    private static (object?, RichText?) ToNumber(OptionSpec option, object value)
    {
        double number;
        switch (value)
        {
            case double d: number = d; break;
            case long l: number = l; break;
            case int i: number = i; break;
            case string s when double.TryParse(s.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): number = parsed; break;
            default: return (null, Rich("Option_NotNumber", Bold(option), HintSuffix(option)));
        }

        if (double.IsNaN(number) || double.IsInfinity(number)
            || (option.MinValue is { } min && number < min) || (option.MaxValue is { } max && number > max))
        {
            return (null, OutOfRange(option, number));
        }

        return (number, null);
    }

    private static (object?, RichText?) ToBoolean(OptionSpec option, object value) => value switch
    {
        bool b => (b, null),
        string s when bool.TryParse(s.Trim(), out var parsed) => (parsed, null),
        string s when s.Trim() is "yes" or "on" => (true, null),
        string s when s.Trim() is "no" or "off" => (false, null),
        _ => (null, Rich("Option_NotToggle", Bold(option))),
    };

    private static (object?, RichText?) ToChannel(OptionSpec option, object value) => value switch
    {
        ChannelValue channel => (channel, null),
        string s when ulong.TryParse(s.Trim().TrimStart('<', '#').TrimEnd('>'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            => (new ChannelValue(id, null, IsText: true, BotPermissions: null), null),
        _ => (null, Rich("Option_NotChannel", Bold(option))),
    };

    private static (object?, RichText?) ToText(OptionSpec option, object value)
    {
        var text = (value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim();
        if (option.Choices.Count > 0)
        {
            var choice = option.Choices.FirstOrDefault(c =>
                string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase));
            return choice is null
                ? (null, Rich("Option_NotOneOf", Bold(option), string.Join(", ", option.Choices.Select(c => c.Value)), TypedText.Shorten(text, 30)))
                : (choice.Value, null);
        }

        if (option.MaxLength is { } max && text.Length > max)
        {
            return (null, Problems.Say(new Problem(ProblemKind.TooLong, option.Name, max, text.Length)));
        }

        if (option.MinLength is { } min && text.Length < min)
        {
            return (null, Rich("Option_TooShort", Bold(option), min, HintSuffix(option)));
        }

        return (text, null);
    }

    private static RichText OutOfRange(OptionSpec option, double sent) => (option.MinValue, option.MaxValue) switch
    {
        ({ } min, { } max) => Problems.Say(new Problem(ProblemKind.OutOfRange, option.Name, min, max, sent)),
        ({ } min, null) => Rich("Option_AtLeast", Bold(option), min, sent),
        (null, { } max) => Rich("Option_AtMost", Bold(option), max, sent),
        _ => Problems.Say(new Problem(ProblemKind.NotAChoice, option.Name)),
    };
}
