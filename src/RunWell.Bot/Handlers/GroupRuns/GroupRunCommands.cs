using System.Globalization;
using RunWell.Bot.Catalog;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Handlers.GroupRuns;

/// <summary>/grouprun create when where [minutes] [note] [repeat].</summary>
internal sealed class GroupRunCreateHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun create";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var input = context.Input;
        var outcome = await runs.CreateAsync(
            new GroupRunCreateRequest(
                context.Caller.Member,
                context.Caller.CanManageServer,
                input.RequiredText("when"),
                input.RequiredText("where"),
                input.Whole("minutes"),
                input.Text("note"),
                input.Text("repeat") == "weekly",
                context.Caller.BotPermissions,
                context.InteractionId),
            ct);
        return outcome.Ok ? GroupRunReplies.Created(outcome.Value!) : GroupRunReplies.Problem(outcome.Problem!.Value);
    }
}

internal sealed class GroupRunListHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun list";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        GroupRunReplies.List(await runs.ListAsync(context.Caller.GuildId!.Value, ct));
}

/// <summary>/grouprun cancel run: the value is the run's id, picked from the autocomplete list.</summary>
internal sealed class GroupRunCancelHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun cancel";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (!long.TryParse(context.Input.RequiredText("run"), NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return GroupRunReplies.Problem(GroupRunProblem.NotFound);
        }

        var outcome = await runs.CancelAsync(context.Caller.Member, context.Caller.CanManageServer, runId, ct);
        return outcome.Ok ? GroupRunReplies.Cancelled(outcome.Value!) : GroupRunReplies.Problem(outcome.Problem!.Value);
    }
}

/// <summary>Only the runs the caller may cancel: their own, or every upcoming one for an admin.</summary>
internal sealed class GroupRunCancelAutocomplete(GroupRunService runs) : IAutocompleteHandler
{
    public string Path => "grouprun cancel";

    public string OptionName => "run";

    public async Task<IReadOnlyList<Choice>> SuggestAsync(AutocompleteRequest request, CancellationToken ct)
    {
        if (request.Caller.GuildId is not { } guildId)
        {
            return [];
        }

        var typed = request.Typed.Trim();
        return [.. (await runs.CancellableAsync(guildId, request.Caller.UserId, request.Caller.CanManageServer, ct))
            .Select(r => new Choice(GroupRunCopy.LocalLabel(r), r.Id.ToString(CultureInfo.InvariantCulture)))
            .Where(c => typed.Length == 0 || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))];
    }
}

internal sealed class GroupRunRemindersHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun reminders";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var on = context.Input.RequiredText("setting") == "on";
        await runs.SetRemindersAsync(context.Caller.Member, on, ct);
        return GroupRunReplies.Reminders(on);
    }
}
