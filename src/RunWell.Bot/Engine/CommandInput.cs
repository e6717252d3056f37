using System.Globalization;

namespace RunWell.Bot.Engine;

/// <summary>Option values after validation against the catalog, with typed accessors.</summary>
public sealed class CommandInput(IReadOnlyDictionary<string, object> values)
{
    public static readonly CommandInput Empty = new(new Dictionary<string, object>());

    public bool Has(string name) => values.ContainsKey(name);

    public string? Text(string name) => values.TryGetValue(name, out var v) ? (string)v : null;

    public int? Whole(string name) => values.TryGetValue(name, out var v) ? checked((int)(long)v) : null;

    public double? Fractional(string name) => values.TryGetValue(name, out var v) ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

    public bool? Flag(string name) => values.TryGetValue(name, out var v) ? (bool)v : null;

    public ChannelValue? Channel(string name) => values.TryGetValue(name, out var v) ? (ChannelValue)v : null;

    public int RequiredWhole(string name) => Whole(name) ?? throw new InvalidOperationException($"Option {name} is required.");

    public string RequiredText(string name) => Text(name) ?? throw new InvalidOperationException($"Option {name} is required.");
}
