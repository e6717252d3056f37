using System.Net.Http.Json;
using System.Text.Json;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Rest;

/// <summary>Guild scheduled events and message edits: the client's bodies against the fake's copy of Discord's rules.</summary>
public sealed class ScheduledEventTests
{
    private const ulong Guild = 1288000000000000001;
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_external_guild_only_event_with_location_and_end_is_created_and_deleted()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);

        var created = await harness.Rest.CreateGuildScheduledEventAsync(Guild,
            new DiscordScheduledEvent("Group run · " + new string('p', 120), "All paces welcome", new string('l', 130), Start, Start.AddMinutes(30)));

        Assert.True(created.IsSuccess, created.ToString());
        var body = Assert.Single(fake.Rest.Requests.All).Json!.Value;
        Assert.Equal((3, 2), (body.GetProperty("entity_type").GetInt32(), body.GetProperty("privacy_level").GetInt32()));
        Assert.Equal(100, body.GetProperty("name").GetString()!.Length);
        Assert.Equal(100, body.GetProperty("entity_metadata").GetProperty("location").GetString()!.Length);
        Assert.Equal("2026-12-05T09:30:00Z", body.GetProperty("scheduled_end_time").GetString());
        Assert.False(body.TryGetProperty("channel_id", out _));
        var ev = Assert.Single(fake.Rest.ScheduledEvents.Current);
        Assert.Equal(created.Value, ev.Id);

        var deleted = await harness.Rest.DeleteGuildScheduledEventAsync(Guild, ev.Id);
        Assert.True(deleted.IsSuccess, deleted.ToString());
        Assert.Empty(fake.Rest.ScheduledEvents.Current);
    }

    [Fact]
    public async Task The_fake_refuses_an_external_event_without_location_or_end_like_discord()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bot " + fake.Token);
        var url = new Uri(fake.ApiBaseUrl.ToString().TrimEnd('/') + $"/guilds/{Guild}/scheduled-events");

        var noLocation = await http.PostAsJsonAsync(url, new
        {
            name = "Run", privacy_level = 2, entity_type = 3,
            scheduled_start_time = "2026-12-05T09:00:00Z", scheduled_end_time = "2026-12-05T09:30:00Z",
        });
        var noEnd = await http.PostAsJsonAsync(url, new
        {
            name = "Run", privacy_level = 2, entity_type = 3, scheduled_start_time = "2026-12-05T09:00:00Z",
            entity_metadata = new { location = "Park" },
        });
        var publicEvent = await http.PostAsJsonAsync(url, new
        {
            name = "Run", privacy_level = 1, entity_type = 3,
            scheduled_start_time = "2026-12-05T09:00:00Z", scheduled_end_time = "2026-12-05T09:30:00Z",
            entity_metadata = new { location = "Park" },
        });

        foreach (var (response, field) in new[] { (noLocation, "entity_metadata.location"), (noEnd, "scheduled_end_time"), (publicEvent, "privacy_level") })
        {
            Assert.Equal(400, (int)response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(50035, error.GetProperty("code").GetInt32());
            Assert.True(error.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Empty(fake.Rest.ScheduledEvents.Current);
    }

    [Fact]
    public async Task Without_the_create_events_permission_the_client_reports_missing_permissions()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.ScheduledEvents.MissingPermission = true;

        var created = await harness.Rest.CreateGuildScheduledEventAsync(Guild, new DiscordScheduledEvent("Run", null, "Park", Start, Start.AddMinutes(30)));

        Assert.Equal((DiscordErrorKind.MissingPermissions, 50013), (created.Error, created.ErrorCode));
    }

    [Fact]
    public async Task Editing_a_message_patches_it_without_a_nonce_and_pings_nobody()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);

        var edited = await harness.Rest.EditMessageAsync(1288000000000000777, 1400000000000000099, DiscordMessage.Text("Cancelled") with { Nonce = "abc" });

        Assert.True(edited.IsSuccess, edited.ToString());
        var request = Assert.Single(fake.Rest.Requests.All);
        Assert.Equal((FakeRoute.EditMessage, "PATCH"), (request.Route, request.Method));
        Assert.False(request.Json!.Value.TryGetProperty("nonce", out _));
        Assert.Equal(0, request.Json!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }
}
