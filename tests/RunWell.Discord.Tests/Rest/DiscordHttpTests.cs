using System.Net;
using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Rest;

namespace RunWell.Discord.Tests.Rest;

public sealed class DiscordHttpTests
{
    [Fact]
    public async Task A_request_past_the_timeout_fails_as_a_timeout_not_as_the_callers_cancellation()
    {
        var time = new FakeTimeProvider();
        using var http = new DiscordHttp(time, TimeSpan.FromSeconds(30), new HangingHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");

        var send = http.SendAsync(request, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(send.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<TaskCanceledException>(() => send);

        Assert.IsType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_still_cancels_the_request()
    {
        using var http = new DiscordHttp(new FakeTimeProvider(), TimeSpan.FromMinutes(5), new HangingHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        using var caller = new CancellationTokenSource();

        var send = http.SendAsync(request, caller.Token).AsTask();
        await caller.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.IsNotType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task Requests_after_a_timeout_get_their_whole_timeout_again()
    {
        var time = new FakeTimeProvider();
        var handler = new HangingHandler { AnswerAfterFirst = true };
        using var http = new DiscordHttp(time, TimeSpan.FromSeconds(30), handler);
        using (var first = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/"))
        {
            var send = http.SendAsync(first, CancellationToken.None).AsTask();
            time.Advance(TimeSpan.FromSeconds(30));
            await Assert.ThrowsAsync<TaskCanceledException>(() => send);
        }

        // The timed-out one is not reused, and a reused one was disarmed: a clock well past 30 s cancels nothing.
        time.Advance(TimeSpan.FromMinutes(5));

        for (var i = 0; i < 3; i++)
        {
            using var next = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
            using var response = await http.SendAsync(next, CancellationToken.None);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        }
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public bool AnswerAfterFirst { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (AnswerAfterFirst && Interlocked.Increment(ref _calls) > 1)
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") };
            // Never answers: only the token ends it (no clock involved).
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
