using System.Net;
using RunWell.Discord.Rest;

namespace RunWell.Discord.Tests.Rest;

public sealed class DiscordHttpTests
{
    [Fact]
    public async Task A_request_past_the_timeout_fails_as_a_timeout_not_as_the_callers_cancellation()
    {
        using var http = new DiscordHttp(TimeSpan.FromMilliseconds(50), new HangingHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");

        var ex = await Assert.ThrowsAsync<TaskCanceledException>(() => http.SendAsync(request, CancellationToken.None));

        Assert.IsType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_still_cancels_the_request()
    {
        using var http = new DiscordHttp(TimeSpan.FromMinutes(5), new HangingHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        using var caller = new CancellationTokenSource();

        var send = http.SendAsync(request, caller.Token);
        await caller.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.IsNotType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task Requests_after_a_timeout_get_their_whole_timeout_again()
    {
        var handler = new HangingHandler { AnswerAfterFirst = true };
        using var http = new DiscordHttp(TimeSpan.FromMilliseconds(200), handler);
        using (var first = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/"))
            await Assert.ThrowsAsync<TaskCanceledException>(() => http.SendAsync(first, CancellationToken.None));

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
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
