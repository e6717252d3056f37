using System.Text.RegularExpressions;

namespace RunWell.Discord;

/// <summary>
/// Discord's rules for a command catalog, checked before anything is sent so a bad catalog fails
/// with a readable list instead of a nested 50035 error tree. Public so the host can test its catalog.
/// </summary>
public static partial class ApplicationCommandValidator
{
    private const int MaxTotalChars = 8000;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex SlashName();

    /// <summary>Returns every problem found; empty when the catalog is valid.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var errors = new List<string>();
        foreach (var group in commands.GroupBy(c => c.Type))
        {
            var max = group.Key == ApplicationCommandType.ChatInput ? 100 : 15;
            if (group.Count() > max)
                errors.Add($"at most {max} {group.Key} commands are allowed (got {group.Count()})");
            foreach (var dup in group.GroupBy(c => c.Name).Where(g => g.Count() > 1))
                errors.Add($"command name '{dup.Key}' is used twice");
        }
        foreach (var command in commands)
            ValidateCommand(command, errors);
        return errors;
    }

    private static void ValidateCommand(ApplicationCommand command, List<string> errors)
    {
        var where = $"/{command.Name}";
        if (command.Type == ApplicationCommandType.ChatInput)
        {
            CheckName(command.Name, where, errors);
            CheckDescription(command.Description, where, errors);
        }
        else
        {
            if (command.Name.Length is < 1 or > 32)
                errors.Add($"{where}: name must be 1–32 characters");
            if (command.Description.Length != 0)
                errors.Add($"{where}: user and message commands must have an empty description");
            if (command.Options is { Count: > 0 })
                errors.Add($"{where}: user and message commands cannot have options");
        }
        if (command.DefaultMemberPermissions is { } perms && (perms.Length == 0 || !perms.All(char.IsAsciiDigit)))
            errors.Add($"{where}: default_member_permissions must be a decimal string");
        ValidateOptions(command.Options ?? [], where, depth: 0, errors);
        var total = command.Name.Length + command.Description.Length + CountChars(command.Options);
        if (total > MaxTotalChars)
            errors.Add($"{where}: names, descriptions and choices total {total} characters (max {MaxTotalChars})");
    }

    private static void ValidateOptions(IReadOnlyList<ApplicationCommandOption> options, string where, int depth, List<string> errors)
    {
        if (options.Count > 25)
            errors.Add($"{where}: at most 25 options (got {options.Count})");
        foreach (var dup in options.GroupBy(o => o.Name).Where(g => g.Count() > 1))
            errors.Add($"{where}: option name '{dup.Key}' is used twice");
        var nested = options.Count(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        if (nested > 0 && nested != options.Count)
            errors.Add($"{where}: subcommands cannot be mixed with plain options");
        var seenOptional = false;
        foreach (var option in options)
        {
            var at = $"{where} {option.Name}";
            CheckName(option.Name, at, errors);
            CheckDescription(option.Description, at, errors);
            var isNested = option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup;
            if (isNested)
            {
                if (option.Required is not null)
                    errors.Add($"{at}: subcommands and groups cannot be required");
                if (option.Type == ApplicationCommandOptionType.SubCommandGroup && depth > 0)
                    errors.Add($"{at}: a group can only sit at the top level");
                if (option.Type == ApplicationCommandOptionType.SubCommand && depth > 1)
                    errors.Add($"{at}: subcommands nest at most one group deep");
                if (option.Type == ApplicationCommandOptionType.SubCommandGroup
                    && (option.Options ?? []).Any(o => o.Type != ApplicationCommandOptionType.SubCommand))
                    errors.Add($"{at}: a group may only contain subcommands");
                if (option.Type == ApplicationCommandOptionType.SubCommand
                    && (option.Options ?? []).Any(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup))
                    errors.Add($"{at}: a subcommand cannot contain subcommands or groups");
                ValidateOptions(option.Options ?? [], at, depth + 1, errors);
                continue;
            }
            if (option.Options is { Count: > 0 })
                errors.Add($"{at}: only subcommands and groups have nested options");
            if (option.Required == true && seenOptional)
                errors.Add($"{at}: required options must come before optional ones");
            if (option.Required != true)
                seenOptional = true;
            ValidateValueRules(option, at, errors);
        }
    }

    private static void ValidateValueRules(ApplicationCommandOption option, string at, List<string> errors)
    {
        var numeric = option.Type is ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number;
        var text = option.Type == ApplicationCommandOptionType.String;
        if (option.Choices is { } choices)
        {
            if (!numeric && !text)
                errors.Add($"{at}: only string, integer and number options take choices");
            if (choices.Count > 25)
                errors.Add($"{at}: at most 25 choices (got {choices.Count})");
            if (option.Autocomplete == true)
                errors.Add($"{at}: autocomplete cannot be combined with choices");
            foreach (var choice in choices)
            {
                if (choice.Name.Length is < 1 or > 100)
                    errors.Add($"{at}: choice name '{choice.Name}' must be 1–100 characters");
                if (choice.Value.ValueKind == System.Text.Json.JsonValueKind.String && choice.Value.GetString()!.Length > 100)
                    errors.Add($"{at}: choice '{choice.Name}' has a string value over 100 characters");
            }
        }
        if (option.Autocomplete == true && !numeric && !text)
            errors.Add($"{at}: autocomplete needs a string, integer or number option");
        if ((option.MinValue is not null || option.MaxValue is not null) && !numeric)
            errors.Add($"{at}: min_value/max_value only apply to integer and number options");
        if (option.MinValue > option.MaxValue)
            errors.Add($"{at}: min_value is greater than max_value");
        if ((option.MinLength is not null || option.MaxLength is not null) && !text)
            errors.Add($"{at}: min_length/max_length only apply to string options");
        if (option.MinLength is < 0 or > 6000 || option.MaxLength is < 1 or > 6000 || option.MinLength > option.MaxLength)
            errors.Add($"{at}: min_length must be 0–6000, max_length 1–6000, min ≤ max");
        if (option.ChannelTypes is not null && option.Type != ApplicationCommandOptionType.Channel)
            errors.Add($"{at}: channel_types only apply to channel options");
    }

    private static void CheckName(string name, string where, List<string> errors)
    {
        if (!SlashName().IsMatch(name))
            errors.Add($"{where}: name '{name}' must be 1–32 letters, digits, '-', '_' or '\\''");
        else if (name.Any(char.IsUpper))
            errors.Add($"{where}: name '{name}' must be lowercase");
    }

    private static void CheckDescription(string description, string where, List<string> errors)
    {
        if (description.Length is < 1 or > 100)
            errors.Add($"{where}: description must be 1–100 characters (got {description.Length})");
    }

    private static int CountChars(IReadOnlyList<ApplicationCommandOption>? options) =>
        options?.Sum(o => o.Name.Length + o.Description.Length + (o.Choices?.Sum(c => c.CountedLength) ?? 0) + CountChars(o.Options)) ?? 0;
}
