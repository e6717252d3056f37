using RunWell.Bot.Catalog;
using RunWell.Bot.Words;
using RunWell.Discord;

namespace RunWell.DiscordAdapter;

/// <summary>
/// The Bot catalog as Discord application commands: the one description of every command, in English
/// with the other languages as Discord localizations. Names stay as they are (they are the product's).
/// </summary>
internal sealed class CatalogCommandSource : ICommandSource
{
    /// <summary>MANAGE_GUILD ("32"): admins and Manage Server holders see the settings commands by default.</summary>
    public static readonly string ManageServer = DiscordPermissions.ManageGuild.ToBitfield();

    private static readonly IReadOnlyList<int> GuildOnly = [0];
    private static readonly IReadOnlyList<int> TextChannels = [0, 5];

    private readonly Lazy<IReadOnlyList<ApplicationCommand>> _commands = new(() => [.. CommandCatalog.All.Select(ToCommand)]);

    public IReadOnlyList<ApplicationCommand> GetCommands() => _commands.Value;

    private static ApplicationCommand ToCommand(CommandSpec spec) => new()
    {
        Name = spec.Name,
        Description = spec.Description,
        DescriptionLocalizations = Localized(spec.DescriptionKey),
        Options = spec.Subcommands.Count > 0 ? [.. spec.Subcommands.Select(ToSubcommand)] : Options(spec),
        DefaultMemberPermissions = spec.AdminOnly ? ManageServer : null,

        // Everything RunWell holds is per server, so every command is guild-only.
        Contexts = GuildOnly,
        IntegrationTypes = GuildOnly,
    };

    private static ApplicationCommandOption ToSubcommand(CommandSpec spec) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = spec.Name,
        Description = spec.Description,
        DescriptionLocalizations = Localized(spec.DescriptionKey),
        Options = Options(spec),
    };

    private static IReadOnlyList<ApplicationCommandOption>? Options(CommandSpec spec) =>
        spec.Options.Count == 0 ? null : [.. spec.Options.Select(ToOption)];

    private static ApplicationCommandOption ToOption(OptionSpec option) => new()
    {
        Type = option.Kind switch
        {
            OptionKind.WholeNumber => ApplicationCommandOptionType.Integer,
            OptionKind.Fractional => ApplicationCommandOptionType.Number,
            OptionKind.Toggle => ApplicationCommandOptionType.Boolean,
            OptionKind.Channel => ApplicationCommandOptionType.Channel,
            _ => ApplicationCommandOptionType.String,
        },
        Name = option.Name,
        Description = option.Description,
        DescriptionLocalizations = Localized(option.DescriptionKey),
        Required = option.Required ? true : null,
        Choices = option.Choices.Count == 0 ? null : [.. option.Choices.Select(ToChoice)],
        MinValue = option.MinValue,
        MaxValue = option.MaxValue,
        MinLength = option.MinLength,
        MaxLength = option.MaxLength,
        Autocomplete = option.Autocomplete ? true : null,
        ChannelTypes = option.Kind == OptionKind.Channel ? TextChannels : null,
    };

    private static ApplicationCommandChoice ToChoice(Choice choice) =>
        ApplicationCommandChoice.Of(choice.Name, choice.Value) with { NameLocalizations = choice.NameKey is { } key ? Localized(key) : null };

    /// <summary>A catalog entry in every other language, under each Discord locale that reads it.</summary>
    private static Dictionary<string, string> Localized(string key) =>
        Languages.DiscordLocales.ToDictionary(locale => locale, locale => Words.In(Languages.For(locale), key), StringComparer.Ordinal);
}
