using System.Text.Json;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Rest;

public sealed class OutboundMessageTests
{
    private const ulong Channel = 1288000000000000777;

    private static async Task<JsonElement> SendAsync(DiscordMessage message)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        var result = await harness.Rest.CreateMessageAsync(Channel, message);
        Assert.True(result.IsSuccess, result.ToString());
        Assert.NotEqual(0UL, result.Value);
        return Assert.Single(fake.Rest.Requests.All).Json!.Value;
    }

    [Fact]
    public async Task Allowed_mentions_default_to_nobody()
    {
        var body = await SendAsync(DiscordMessage.Text("@everyone go run"));

        var mentions = body.GetProperty("allowed_mentions");
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
        Assert.False(mentions.TryGetProperty("users", out _));
    }

    [Fact]
    public async Task Allowed_mentions_list_only_the_named_users()
    {
        var body = await SendAsync(DiscordMessage.Text("<@1190000000000000042> your buddy") with
        {
            AllowedMentions = DiscordAllowedMentions.ForUsers(1190000000000000042),
        });

        var users = body.GetProperty("allowed_mentions").GetProperty("users");
        Assert.Equal("1190000000000000042", Assert.Single(users.EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Over_long_content_is_trimmed_with_an_ellipsis()
    {
        var body = await SendAsync(DiscordMessage.Text(new string('x', 2500)));

        var content = body.GetProperty("content").GetString()!;
        Assert.Equal(2000, content.Length);
        Assert.EndsWith("…", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_limit_embeds_are_cut_to_valid_sizes()
    {
        var fields = Enumerable.Range(0, 30).Select(i => new DiscordEmbedField(new string('n', 300), new string('v', 1500))).ToList();
        var embeds = Enumerable.Range(0, 12).Select(_ => new DiscordEmbed
        {
            Title = new string('t', 300),
            Description = new string('d', 5000),
            Fields = fields,
            Footer = new string('f', 3000),
        }).ToList();

        var body = await SendAsync(new DiscordMessage { Embeds = embeds });

        var sent = body.GetProperty("embeds").EnumerateArray().ToList();
        Assert.True(sent.Count <= 10);
        var total = 0;
        foreach (var e in sent)
        {
            total += Len(e, "title") + Len(e, "description");
            Assert.True(Len(e, "title") <= 256 && Len(e, "description") <= 4096);
            if (e.TryGetProperty("fields", out var fs))
            {
                Assert.True(fs.GetArrayLength() <= 25);
                foreach (var f in fs.EnumerateArray())
                {
                    Assert.InRange(Len(f, "name"), 1, 256);
                    Assert.InRange(Len(f, "value"), 1, 1024);
                    total += Len(f, "name") + Len(f, "value");
                }
            }
            if (e.TryGetProperty("footer", out var footer))
            {
                Assert.True(Len(footer, "text") <= 2048);
                total += Len(footer, "text");
            }
        }
        Assert.InRange(total, 1, 6000);
    }

    [Fact]
    public async Task Files_go_as_multipart_with_payload_json_and_attachments()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        byte[] png = [0x89, 0x50, 0x4E, 0x47];

        var result = await harness.Rest.CreateMessageAsync(Channel, new DiscordMessage
        {
            Content = "your week",
            Files = [new DiscordFile("week.png", png, "Chart")],
            Embeds = [new DiscordEmbed { Title = "Week", ImageUrl = new Uri("attachment://week.png") }],
        });

        Assert.True(result.IsSuccess, result.ToString());
        var request = Assert.Single(fake.Rest.Requests.All);
        Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
        var file = Assert.Single(request.Files);
        Assert.Equal("files[0]", file.PartName);
        Assert.Equal("week.png", file.FileName);
        Assert.Equal(png, file.Bytes);
        var attachment = Assert.Single(request.Json!.Value.GetProperty("attachments").EnumerateArray());
        Assert.Equal(0, attachment.GetProperty("id").GetInt32());
        Assert.Equal("week.png", attachment.GetProperty("filename").GetString());
        Assert.Equal("attachment://week.png", request.Json.Value.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.True(request.Json.Value.TryGetProperty("allowed_mentions", out _));
    }

    [Fact]
    public async Task Scheduled_posts_carry_a_nonce_with_enforce_nonce()
    {
        var body = await SendAsync(DiscordMessage.Text("Weekly summary") with { Nonce = "summary-2026-W48" });

        Assert.Equal("summary-2026-W48", body.GetProperty("nonce").GetString());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public async Task Buttons_are_sent_in_action_rows()
    {
        var body = await SendAsync(DiscordMessage.Text("Delete your data?") with
        {
            Components = [new DiscordActionRow([
                new DiscordButton { Label = "Delete", CustomId = "privacy:delete:confirm", Style = DiscordButtonStyle.Danger },
                new DiscordButton { Label = "Docs", Url = new Uri("https://example.org/privacy"), Style = DiscordButtonStyle.Link }])],
        });

        var row = Assert.Single(body.GetProperty("components").EnumerateArray());
        Assert.Equal(1, row.GetProperty("type").GetInt32());
        Assert.Equal("privacy:delete:confirm", row.GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.Equal(4, row.GetProperty("components")[0].GetProperty("style").GetInt32());
    }

    public static TheoryData<DiscordMessage> InvalidMessages() => new()
    {
        new DiscordMessage(),
        DiscordMessage.Text("x") with { Components = Enumerable.Range(0, 6).Select(i => new DiscordActionRow([new DiscordButton { Label = "b", CustomId = "id" + i }])).ToList() },
        DiscordMessage.Text("x") with { Components = [new DiscordActionRow(Enumerable.Range(0, 6).Select(i => new DiscordButton { Label = "b", CustomId = "id" + i }).ToList())] },
        DiscordMessage.Text("x") with { Components = [new DiscordActionRow([new DiscordButton { Label = "b", CustomId = new string('c', 101) }])] },
        DiscordMessage.Text("x") with { Components = [new DiscordActionRow([new DiscordButton { Label = "b", CustomId = "" }])] },
        DiscordMessage.Text("x") with { Components = [new DiscordActionRow([new DiscordButton { Label = "a", CustomId = "same" }, new DiscordButton { Label = "b", CustomId = "same" }])] },
        DiscordMessage.Text("x") with { Nonce = new string('n', 26) },
    };

    [Theory]
    [MemberData(nameof(InvalidMessages))]
    public async Task Messages_that_cannot_be_made_valid_are_never_sent(DiscordMessage message)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Rest.CreateMessageAsync(Channel, message));

        Assert.Empty(fake.Rest.Requests.All);
    }

    private static int Len(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString()!.Length : 0;
}
