namespace RunWell.Bot.Catalog;

/// <summary>
/// Every command RunWell has, in one place. The names are part of the product (product.md).
/// Built once: handlers, validation, the console and Discord registration all read this list.
/// </summary>
public static partial class CommandCatalog
{
    private static readonly Lazy<IReadOnlyList<CommandSpec>> Commands = new(() =>
    [
        CheckIn(), RunGroup(), Review(), Buddy(), Nudge(), Plan(), Pause(), Resume(), Profile(), Privacy(), GroupRun(), Admin(), Help(),
    ]);

    private static readonly Lazy<IReadOnlyDictionary<string, CommandSpec>> ByPath = new(() =>
        Commands.Value
            .SelectMany(c => c.Subcommands.Count == 0
                ? [KeyValuePair.Create(c.Name, c)]
                : c.Subcommands.Select(s => KeyValuePair.Create($"{c.Name} {s.Name}", s with { AdminOnly = s.AdminOnly || c.AdminOnly })))
            .ToDictionary(StringComparer.Ordinal));

    public static IReadOnlyList<CommandSpec> All => Commands.Value;

    /// <summary>Every runnable path ("checkin", "run log", ...).</summary>
    public static IEnumerable<string> Paths => ByPath.Value.Keys;

    /// <summary>The runnable command at a path such as "run log", or null.</summary>
    public static CommandSpec? Find(string path) => ByPath.Value.GetValueOrDefault(path);

    public static CommandSpec? FindTopLevel(string name) => Commands.Value.FirstOrDefault(c => c.Name == name);
}
