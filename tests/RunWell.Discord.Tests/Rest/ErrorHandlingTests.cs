using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Rest;

public sealed class ErrorHandlingTests
{
    private const ulong Channel = 1288000000000000777;

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Server_errors_are_retried(int status)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(status), count: 2);

        // With nonce + enforce_nonce a repeat cannot post twice, so it is retried.
        var result = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi") with { Nonce = "post-1" });

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
    }

    [Fact]
    public async Task A_message_without_a_nonce_is_not_repeated_after_a_502_that_hid_a_success_and_is_reported_unknown()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(502, ProcessFirst: true));

        var result = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));

        Assert.Equal(DiscordErrorKind.OutcomeUnknown, result.Error);
        Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
        Assert.Equal(1, fake.Rest.ChannelMessagesCreated);
    }

    [Fact]
    public async Task A_nonce_message_repeated_after_a_502_that_hid_a_success_exists_once()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(502, ProcessFirst: true));

        var result = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi") with { Nonce = "post-2" });

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
        Assert.Equal(1, fake.Rest.ChannelMessagesCreated);
    }

    [Fact]
    public async Task A_follow_up_whose_answer_was_lost_is_not_sent_again_and_is_reported_unknown()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateFollowup, new FakeFault(502, ProcessFirst: true));

        var result = await harness.Rest.CreateFollowupAsync(fake.ApplicationId, "tok", DiscordMessage.Text("more"));

        Assert.Equal(DiscordErrorKind.OutcomeUnknown, result.Error);
        Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateFollowup && r.Effective));
        Assert.Single(fake.Rest.Requests.All);
    }

    [Fact]
    public async Task A_413_is_never_retried_and_an_oversized_file_is_refused_before_upload()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(413, 40005));

        var refusedByDiscord = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi") with { Nonce = "n-413" });
        var tooBig = DiscordMessage.Text("chart") with { Files = [new DiscordFile("big.png", new byte[2048])] };
        var refusedHere = await harness.Rest.EditOriginalResponseAsync(fake.ApplicationId, "tok", tooBig, maxFileBytes: 1024);

        Assert.Equal(DiscordErrorKind.TooLarge, refusedByDiscord.Error);
        Assert.Equal(DiscordErrorKind.TooLarge, refusedHere.Error);
        Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route == FakeRoute.EditOriginal));
    }

    [Fact]
    public async Task Server_errors_are_retried_a_bounded_number_of_times()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(502), count: 10);

        var result = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi") with { Nonce = "post-3" });

        // Any of those 502s may have hidden a success: the caller must know, so its own retry stays inside the nonce window.
        Assert.Equal(DiscordErrorKind.OutcomeUnknown, result.Error);
        Assert.Equal(4, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
    }

    [Theory]
    [InlineData(400, 50035, DiscordErrorKind.BadRequest)]
    [InlineData(403, 50007, DiscordErrorKind.CannotMessageUser)]
    [InlineData(403, 50013, DiscordErrorKind.MissingPermissions)]
    [InlineData(403, 50001, DiscordErrorKind.MissingAccess)]
    [InlineData(404, 10003, DiscordErrorKind.UnknownChannel)]
    [InlineData(404, 10008, DiscordErrorKind.NotFound)]
    public async Task Client_errors_are_typed_and_not_retried(int status, int code, DiscordErrorKind expected)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(status, code));

        var result = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));

        Assert.Equal(expected, result.Error);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
    }

    [Fact]
    public async Task An_expired_interaction_is_reported_as_unknown_interaction()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(404, 10062));

        var result = await harness.Rest.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(DiscordMessage.Text("late")));

        Assert.Equal(DiscordErrorKind.UnknownInteraction, result.Error);
    }

    [Fact]
    public async Task A_401_stops_all_further_bot_requests_and_never_logs_the_token()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        const string wrong = "not-the-token.XYZ";
        await using var harness = new RestHarness(fake, token: wrong);

        var first = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        var second = await harness.Rest.CreateDmChannelAsync(42);

        Assert.Equal(DiscordErrorKind.Unauthorized, first.Error);
        Assert.Equal(DiscordErrorKind.Unauthorized, second.Error);
        Assert.Single(fake.Rest.Requests.All);
        var logs = string.Join("\n", harness.Logs.GetSnapshot().Select(r => r.Message + r.Exception));
        Assert.Contains("check Discord:Token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_routes_carry_auth_and_user_agent_while_interaction_routes_carry_no_auth()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);

        await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        await harness.Rest.EditOriginalResponseAsync(fake.ApplicationId, "tok", DiscordMessage.Text("edit"));
        await harness.Rest.CreateFollowupAsync(fake.ApplicationId, "tok", DiscordMessage.Text("more"));

        var requests = fake.Rest.Requests.All;
        Assert.Equal("Bot " + fake.Token, requests[0].Header("Authorization"));
        Assert.All(requests, r => Assert.StartsWith("DiscordBot (", r.Header("User-Agent"), StringComparison.Ordinal));
        Assert.Null(requests[1].Header("Authorization"));
        Assert.Equal(FakeRoute.EditOriginal, requests[1].Route);
        Assert.Equal(FakeRoute.CreateFollowup, requests[2].Route);
        Assert.All(requests, r => Assert.Equal(200, r.Status));
    }
}
