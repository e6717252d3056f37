using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Discord;

namespace RunWell.DiscordAdapter;

/// <summary>
/// Translates only: a Discord interaction into an engine request, the engine's reply into a
/// Discord response. Runs in its own DI scope per interaction, off the gateway loop.
/// </summary>
internal sealed class DiscordInteractionHandler(BotEngine engine) : IDiscordInteractionHandler
{
    /// <summary>
    /// Always: every command answers only the member who typed it. What the club sees goes out as a post
    /// (the outbox), and a button's update keeps the visibility of the message it updates.
    /// </summary>
    public bool IsEphemeral(DiscordInteraction interaction) => true;

    public async Task<InteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var caller = ToCaller(interaction);
        var id = interaction.Id.ToString(CultureInfo.InvariantCulture);
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                return InteractionResponse.Pong;

            case InteractionType.Autocomplete when interaction.Command is { Focused: { } focused } command:
                var choices = await engine.AutocompleteAsync(
                    new AutocompleteRequest(command.FullName, focused.Name, focused.AsString(), caller), ct);
                return InteractionResponse.Autocomplete([.. choices.Select(c => ApplicationCommandChoice.Of(c.Name, c.Value))]);

            case InteractionType.ApplicationCommand when interaction.Command is { } command:
                var options = new Dictionary<string, object?>(command.Options.Count, StringComparer.Ordinal);
                for (var i = 0; i < command.Options.Count; i++)
                {
                    options.Add(command.Options[i].Name, ToValue(command.Options[i], interaction));
                }

                var reply = await engine.RunCommandAsync(new CommandRequest(command.FullName, options, caller, id), ct);
                return ToResponse(reply);

            case InteractionType.ModalSubmit when interaction.ModalSubmit is { } form:
                var submitted = await engine.RunModalAsync(new ModalRequest(form.CustomId, caller, form.Values), ct);
                return ToResponse(submitted);

            case InteractionType.MessageComponent when interaction.Component is { } component:
                var pressed = await engine.RunComponentAsync(new ComponentRequest(component.CustomId, caller), ct);
                return ToResponse(pressed);

            default:
                return ToResponse(BotEngine.Unsupported(caller));
        }
    }

    internal static Caller ToCaller(DiscordInteraction interaction)
    {
        var permissions = interaction.MemberPermissions ?? DiscordPermissions.None;
        var name = interaction.MemberNick ?? interaction.User.GlobalName ?? interaction.User.Username;
        return new Caller(
            interaction.GuildId,
            interaction.User.Id,
            name,
            CanManageServer: interaction.GuildId is not null && permissions.Grants(DiscordPermissions.ManageGuild),
            GuildName: null,
            BotPermissions: ChannelAccessOf(interaction.AppPermissions),
            Locale: interaction.Locale,
            GuildLocale: interaction.GuildLocale);
    }

    private static InteractionResponse ToResponse(Reply reply)
    {
        if (reply is { Mode: ReplyMode.Modal, Modal: { } form })
        {
            return InteractionResponse.OpenModal(new DiscordModal(form.Id, form.Title,
                [.. form.Fields.Select(f => new DiscordTextInput(f.Id, f.Label, f.MaxLength, f.Required, f.Placeholder))]));
        }

        var message = DiscordMessageRenderer.Render(reply.Message, reply.Ephemeral);
        return reply.Mode == ReplyMode.UpdateMessage ? InteractionResponse.Update(message) : InteractionResponse.Reply(message);
    }

    private static object? ToValue(DiscordOptionValue option, DiscordInteraction interaction) => option.Type switch
    {
        ApplicationCommandOptionType.Integer => (object?)option.AsInt64() ?? option.AsString(),
        ApplicationCommandOptionType.Number => (object?)option.AsDouble() ?? option.AsString(),
        ApplicationCommandOptionType.Boolean => option.AsBoolean(),
        ApplicationCommandOptionType.Channel => ToChannel(option, interaction),
        _ => option.AsString(),
    };

    private static object? ToChannel(DiscordOptionValue option, DiscordInteraction interaction)
    {
        if (option.AsSnowflake() is not { } channelId)
        {
            return option.AsString();
        }

        interaction.Command!.ResolvedChannels.TryGetValue(channelId, out var resolved);

        // Discord resolves the channel with the *member's* permissions there, not the bot's; the
        // bot's own are only known for the channel the command was typed in (app_permissions).
        var botPermissions = channelId == interaction.ChannelId ? ChannelAccessOf(interaction.AppPermissions) : (ChannelAccess?)null;
        return new ChannelValue(channelId, resolved?.Name, IsText: resolved is null || resolved.Type is 0 or 5, botPermissions);
    }

    /// <summary>What the bot may do in a channel, in the Bot layer's platform-neutral terms.</summary>
    internal static ChannelAccess ChannelAccessOf(DiscordPermissions permissions)
    {
        var access = ChannelAccess.None;
        foreach (var (discord, neutral) in AccessMap)
        {
            if (permissions.Grants(discord))
                access |= neutral;
        }
        return access;
    }

    private static readonly (DiscordPermissions Discord, ChannelAccess Neutral)[] AccessMap =
    [
        (DiscordPermissions.ViewChannel, ChannelAccess.View), (DiscordPermissions.SendMessages, ChannelAccess.Send),
        (DiscordPermissions.EmbedLinks, ChannelAccess.EmbedLinks), (DiscordPermissions.AttachFiles, ChannelAccess.AttachFiles),
        (DiscordPermissions.CreateEvents, ChannelAccess.Events), (DiscordPermissions.ManageEvents, ChannelAccess.Events),
    ];
}
