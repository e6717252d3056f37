using System.Globalization;
using RunWell.Bot.Catalog;

namespace RunWell.Bot.Engine;

/// <summary>
/// Checks raw option values against the catalog, whatever the client already validated: Discord
/// enforces min/max on its side, the console does not, and neither is trusted.
/// </summary>
public static class OptionValidator
{
    public static Outcome Validate(string path, CommandSpec spec, IReadOnlyDictionary<string, object?> raw)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in raw)
        {
            var option = spec.Options.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                var known = spec.Options.Count == 0 ? "it takes no options" : "its options are " + string.Join(", ", spec.Options.Select(o => o.Name));
                return Fail($"/{path} has no option **{name}**: {known}.");
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

        var missing = spec.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name));
        if (missing is not null)
        {
            return Fail($"**{missing.Name}** is needed{HintSuffix(missing)}.");
        }

        return new Outcome(new CommandInput(values), null);
    }

    public readonly record struct Outcome(CommandInput? Input, string? Error);

    private static Outcome Fail(string error) => new(null, error);

    private static string HintSuffix(OptionSpec option) =>
        option.Choices.Count > 0 ? ": one of " + string.Join(", ", option.Choices.Select(c => c.Value))
        : option.Hint is null ? "" : $" ({option.Hint})";

    private static (object? Value, string? Error) Convert(OptionSpec option, object value) => option.Kind switch
    {
        OptionKind.WholeNumber => ToInteger(option, value),
        OptionKind.Fractional => ToNumber(option, value),
        OptionKind.Toggle => ToBoolean(option, value),
        OptionKind.Channel => ToChannel(option, value),
        _ => ToText(option, value),
    };

    private static (object?, string?) ToInteger(OptionSpec option, object value)
    {
        long number;
        switch (value)
        {
            case long l: number = l; break;
            case int i: number = i; break;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 1e15: number = (long)d; break;
            case string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed): number = parsed; break;
            default: return (null, $"**{option.Name}** must be a whole number{HintSuffix(option)}.");
        }

        if ((option.MinValue is { } min && number < min) || (option.MaxValue is { } max && number > max))
        {
            return (null, $"**{option.Name}** must be {RangeText(option)} (you sent {number}).");
        }

        return (number, null);
    }

    private static (object?, string?) ToNumber(OptionSpec option, object value)
    {
        double number;
        switch (value)
        {
            case double d: number = d; break;
            case long l: number = l; break;
            case int i: number = i; break;
            case string s when double.TryParse(s.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): number = parsed; break;
            default: return (null, $"**{option.Name}** must be a number{HintSuffix(option)}.");
        }

        if (double.IsNaN(number) || double.IsInfinity(number)
            || (option.MinValue is { } min && number < min) || (option.MaxValue is { } max && number > max))
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"**{option.Name}** must be {RangeText(option)} (you sent {number})."));
        }

        return (number, null);
    }

    private static (object?, string?) ToBoolean(OptionSpec option, object value) => value switch
    {
        bool b => (b, null),
        string s when bool.TryParse(s.Trim(), out var parsed) => (parsed, null),
        string s when s.Trim() is "yes" or "on" => (true, null),
        string s when s.Trim() is "no" or "off" => (false, null),
        _ => (null, $"**{option.Name}** must be true or false."),
    };

    private static (object?, string?) ToChannel(OptionSpec option, object value) => value switch
    {
        ChannelValue channel => (channel, null),
        string s when ulong.TryParse(s.Trim().TrimStart('<', '#').TrimEnd('>'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            => (new ChannelValue(id, null, IsText: true, BotPermissions: null), null),
        _ => (null, $"**{option.Name}** must be a channel."),
    };

    private static (object?, string?) ToText(OptionSpec option, object value)
    {
        var text = (value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim();
        if (option.Choices.Count > 0)
        {
            var choice = option.Choices.FirstOrDefault(c =>
                string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase));
            return choice is null
                ? (null, $"**{option.Name}** must be one of: {string.Join(", ", option.Choices.Select(c => c.Value))} (you sent \"{Shorten(text)}\").")
                : (choice.Value, null);
        }

        if (option.MaxLength is { } max && text.Length > max)
        {
            return (null, $"**{option.Name}** can be at most {max} characters (yours has {text.Length}).");
        }

        if (option.MinLength is { } min && text.Length < min)
        {
            return (null, $"**{option.Name}** needs at least {min} characters{HintSuffix(option)}.");
        }

        return (text, null);
    }

    private static string RangeText(OptionSpec option) => (option.MinValue, option.MaxValue) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"from {min} to {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"at most {max}"),
        _ => "valid",
    };

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
