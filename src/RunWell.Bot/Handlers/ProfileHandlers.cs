using RunWell.Bot.Catalog;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using RunWell.Domain.Time;

namespace RunWell.Bot.Handlers;

/// <summary>/profile timezone tz: the member's own IANA zone, validated on the server.</summary>
internal sealed class ProfileTimezoneHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile timezone";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var outcome = await profiles.SetTimeZoneAsync(context.Caller.Member, context.Input.Text("tz"), ct);
        if (!outcome.Ok)
        {
            return Reply.Private(outcome.Error! + " Nothing was changed.");
        }

        var profile = outcome.Value!;
        return Reply.Private(
            $"Your time zone is now **{profile.ZoneId}** (it is {ProfileCopy.LocalNow(profile)} there). " +
            "New entries, nudges and your week follow it; entries already logged keep their day." +
            Admin.AdminReplies.FixedOffsetWarning(TimeZones.FindOrUtc(profile.ZoneId)));
    }
}

/// <summary>/profile show: the member's own settings.</summary>
internal sealed class ProfileShowHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile show";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Reply.Private(ProfileCopy.Render(await profiles.ShowAsync(context.Caller.Member, ct)));
}

/// <summary>/profile celebrate on|off: named in the weekly summary's shout-out for a milestone, or not (the default).</summary>
internal sealed class ProfileCelebrateHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile celebrate";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var on = context.Input.Text("setting") == "on";
        await profiles.SetCelebrateAsync(context.Caller.Member, on, ct);
        return Reply.Private(on
            ? "Done: when you reach a milestone, the weekly summary names you in its shout-out (the milestone only, never pace or distance). `/profile celebrate setting:off` stops it."
            : "Done: your milestones stay private to you.");
    }
}

/// <summary>/profile shoutout off|on: the weekly shout-out names members unless they turn it off.</summary>
internal sealed class ProfileShoutOutHandler(ProfileService profiles) : ICommandHandler
{
    public string Path => "profile shoutout";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var named = context.Input.RequiredText("state") != "off";
        await profiles.SetShoutOutAsync(context.Caller.Member, named, ct);
        return Reply.Private(named
            ? "The weekly summary's shout-out names you again when you showed up that week. 💛"
            : "Done: the weekly summary's shout-out won't name you. Your runs still count in the group's totals, never by name. `/profile shoutout on` brings your name back.");
    }
}

/// <summary>Suggests IANA zones as the member types /profile timezone.</summary>
internal sealed class ProfileTimezoneAutocomplete : IAutocompleteHandler
{
    public string Path => "profile timezone";

    public string OptionName => "tz";

    public Task<IReadOnlyList<Choice>> SuggestAsync(AutocompleteRequest request, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Choice>>([.. TimeZones.Suggest(request.Typed).Select(id => new Choice(id, id))]);
}
