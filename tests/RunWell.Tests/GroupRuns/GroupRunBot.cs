using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RunWell.Domain.GroupRuns;
using RunWell.FakeDiscord;
using RunWell.Tests.Delivery;

namespace RunWell.Tests.GroupRuns;

/// <summary>
/// The real host on a fake clock (real Quartz, real SQLite file) against the fake Discord, with helpers
/// to type commands and press buttons as different members.
/// </summary>
internal sealed class GroupRunBot : IAsyncDisposable
{
    public const ulong Ann = FakeInteractions.UserId;
    public const ulong Bea = 1190000000000000088;
    public const ulong Cy = 1190000000000000099;

    /// <summary>A member with no special permission; "32" is Manage Server.</summary>
    public const string Member = "0";
    public const string Admin = "32";

    private int _callbacks;

    private GroupRunBot(DeliveryHost host) => Host = host;

    public DeliveryHost Host { get; }

    public FakeDiscordServer Fake => Host.Fake;

    public FakeTimeProvider Time => Host.Time!;

    public static async Task<GroupRunBot> StartAsync(DateTimeOffset now, Action<RunWell.Domain.Clubs.Club>? club = null, params (ulong User, string Zone)[] members)
    {
        var host = await DeliveryHost.CreateAsync();
        await host.SeedClubAsync(club);
        await using (var db = host.Database.CreateContext())
        {
            foreach (var (user, zone) in members)
                db.Members.Add(new RunWell.Domain.Members.Member { GuildId = DeliveryHost.GuildId, UserId = user, DisplayName = "m" + user, TimeZoneId = zone });
            await db.SaveChangesAsync();
        }

        var bot = new GroupRunBot(host);
        await bot.RestartAsync(now);
        return bot;
    }

    public async Task RestartAsync(DateTimeOffset now)
    {
        await Host.StopHostAsync();
        var ready = Fake.Gateway.ReadySent.All.Count;
        await Host.StartHostAsync(new FakeTimeProvider(now));
        await Fake.Gateway.ReadySent.WaitForCountAsync(_ => true, ready + 1, DeliveryHost.Wait);
    }

    public Task<JsonElement> CreateAsync(string when, string where, ulong user = Ann, string permissions = Member, string? appPermissions = null, params (string Name, int Type, JsonNode? Value)[] more) =>
        CommandAsync("create", user, permissions, appPermissions, [("when", 3, when), ("where", 3, where), .. more]);

    public Task<JsonElement> CommandAsync(string sub, ulong user = Ann, string permissions = Member, string? appPermissions = null, params (string Name, int Type, JsonNode? Value)[] options)
    {
        var interaction = FakeInteractions.SlashCommand(Fake.ApplicationId, "grouprun", [sub], options);
        return SendAsync(As(interaction, user, permissions, appPermissions));
    }

    /// <summary>Any other slash command, e.g. ("privacy", "delete").</summary>
    public Task<JsonElement> SlashAsync(string name, string sub, ulong user) =>
        SendAsync(As(FakeInteractions.SlashCommand(Fake.ApplicationId, name, [sub]), user, Member, null));

    /// <summary>The custom id of the reply's button with this label.</summary>
    public static string ButtonIn(JsonElement callback, string label) =>
        callback.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Single(b => b.GetProperty("label").GetString() == label).GetProperty("custom_id").GetString()!;

    public Task<JsonElement> PressAsync(string customId, ulong user = Ann, string permissions = Member) =>
        SendAsync(As(FakeInteractions.Button(Fake.ApplicationId, customId), user, permissions, null));

    public Task<JsonElement> SubmitAsync(string customId, ulong user, params (string Id, string Value)[] values) =>
        SendAsync(As(FakeInteractions.ModalSubmit(Fake.ApplicationId, customId, values), user, Member, null));

    public async Task<JsonElement> SendAsync(JsonObject interaction)
    {
        var count = ++_callbacks;
        await Fake.Gateway.SendInteractionAsync(interaction);
        await Fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, count, DeliveryHost.Wait);
        return Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.InteractionCallback).ElementAt(count - 1).Json!.Value;
    }

    public async Task<List<GroupRun>> RunsAsync()
    {
        await using var db = Host.Database.CreateContext();
        return await db.GroupRuns.OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>Announcements and "who came?" posts that reached the club channel.</summary>
    public IReadOnlyList<JsonElement> ChannelPosts(string containing) =>
        [.. Host.ChannelPosts().Where(p => p.Status == 200).Select(p => p.Json!.Value)
            .Where(j => j.GetProperty("content").GetString()!.Contains(containing, StringComparison.Ordinal))];

    public Task WaitForChannelPostsAsync(string containing, int count) =>
        DeliveryHost.UntilAsync(() => Task.FromResult(ChannelPosts(containing).Count >= count));

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Content(JsonElement callback) => callback.GetProperty("data").GetProperty("content").GetString()!;

    private static JsonObject As(JsonObject interaction, ulong user, string permissions, string? appPermissions)
    {
        interaction["member"]!["user"]!["id"] = user.ToString(CultureInfo.InvariantCulture);
        interaction["member"]!["permissions"] = permissions;
        if (appPermissions is not null)
            interaction["app_permissions"] = appPermissions;
        return interaction;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
