using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Posts;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Tests.Delivery;

/// <summary>
/// The real host (RunWellHost.CreateBuilder, as Program.cs) against the fake Discord, over a migrated
/// SQLite file that tests seed before the host starts, so the startup catch-up and the first nudge sweep
/// see the rows. With a <see cref="FakeTimeProvider"/> the whole host (Quartz, outbox backoff, REST
/// limiter) runs on it; without one it runs on the wall clock, which is what lets the REST client's own
/// short retry waits (429 retry_after, 5xx backoff) happen for real.
/// </summary>
internal sealed class DeliveryHost : IAsyncDisposable
{
    public const ulong GuildId = FakeInteractions.GuildId;
    public const ulong ChannelId = 1288000000000000555;
    public const ulong MemberId = 1190000000000000077;

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private DeliveryHost(FakeDiscordServer fake, TestDatabase database)
    {
        Fake = fake;
        Database = database;
    }

    public FakeDiscordServer Fake { get; }

    public TestDatabase Database { get; }

    public IHost? Host { get; private set; }

    public FakeTimeProvider? Time { get; private set; }

    public static async Task<DeliveryHost> CreateAsync()
    {
        var fake = await FakeDiscordServer.StartAsync();
        return new DeliveryHost(fake, await TestDatabase.CreateAsync());
    }

    public async Task SeedClubAsync(Action<Club>? edit = null)
    {
        await using var db = Database.CreateContext();
        var club = new Club { GuildId = GuildId, Name = "Delivery club", ChannelId = ChannelId, TimeZoneId = "UTC" };
        edit?.Invoke(club);
        db.Clubs.Add(club);
        await db.SaveChangesAsync();
    }

    public async Task SeedMemberAsync(Action<Member> edit)
    {
        await using var db = Database.CreateContext();
        var member = new Member { GuildId = GuildId, UserId = MemberId, DisplayName = "Ann" };
        edit(member);
        db.Members.Add(member);
        await db.SaveChangesAsync();
    }

    /// <summary>Starts (or restarts) the bot; <paramref name="time"/> null = the wall clock.</summary>
    public async Task StartHostAsync(FakeTimeProvider? time = null)
    {
        Time = time;
        string[] args =
        [
            $"--Discord:Token={Fake.Token}",
            $"--Discord:ApiBaseUrl={Fake.ApiBaseUrl}",
            $"--Discord:DevGuildId={GuildId}",
            $"--ConnectionStrings:RunWell={Database.ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
        ];
        Host = RunWellHost.CreateBuilder(args, b =>
        {
            if (time is not null)
            {
                b.Services.AddSingleton<TimeProvider>(time);
            }
        }).Build();
        await Host.StartAsync();
    }

    public async Task StopHostAsync()
    {
        if (Host is not null)
        {
            await Host.StopAsync();
            Host.Dispose();
            Host = null;
        }
    }

    /// <summary>The bot's CreateMessage requests to the club channel.</summary>
    public IReadOnlyList<RecordedRequest> ChannelPosts() =>
        [.. Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.CreateMessage && r.MajorId == ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Outbox.OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Polls the database (written on the host's own threads); fails, never hangs, after <see cref="Wait"/>.</summary>
    public async Task<OutboxMessage> WaitForOutboxAsync(Func<OutboxMessage, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            if ((await OutboxAsync()).FirstOrDefault(condition) is { } row)
            {
                return row;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>
    /// Walks the fake clock from one firing of the repeating job <paramref name="trigger"/> to the next,
    /// up to <paramref name="until"/>, waiting at each until Quartz has fired it. Never a jump past a
    /// repeat: Quartz's misfire handling computes the next repeat from the system clock, not the
    /// TimeProvider, so a jump would move the trigger to the real date.
    /// </summary>
    public async Task StepThroughFiringsAsync(TriggerKey trigger, DateTimeOffset until)
    {
        var time = Time ?? throw new InvalidOperationException("Needs a fake clock.");
        var scheduler = await Host!.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = (await scheduler.GetTrigger(trigger))?.JobKey ?? throw new InvalidOperationException($"No trigger {trigger}.");
        var completions = new CompletionCounter(job);
        scheduler.ListenerManager.AddJobListener(completions);
        while ((await scheduler.GetTrigger(trigger))?.NextFireTimeUtc is { } next && next <= until)
        {
            // Move the clock only after the job has finished: a job still running when the clock moves
            // on would read the next step's time as "now".
            var before = completions.Count;
            time.SetUtcNow(next);
            await UntilAsync(() => Task.FromResult(completions.Count > before), TimeSpan.FromMilliseconds(2));
        }
    }

    /// <summary>Counts finished runs of one job (listeners without a matcher hear every job).</summary>
    private sealed class CompletionCounter(JobKey job) : IJobListener
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string Name { get; } = "completions-" + Guid.NewGuid().ToString("N");

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(job))
                Interlocked.Increment(ref _count);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>One delivery pass in the host's own container, as the outbox job would run it.</summary>
    public async Task<DeliveryPass> DeliverDueNowAsync()
    {
        await using var scope = Host!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? poll = null)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!await condition())
        {
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>
    /// Every message the bot created in this test states who may be pinged, and never lets the
    /// text ping @everyone, @here or a role.
    /// </summary>
    public void AssertEveryCreateMessageLimitsMentions()
    {
        var creates = Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.CreateMessage).ToList();
        Assert.NotEmpty(creates);
        foreach (var request in creates)
        {
            var mentions = request.Json!.Value.GetProperty("allowed_mentions");
            Assert.Equal(JsonValueKind.Object, mentions.ValueKind);
            var parse = mentions.GetProperty("parse");
            Assert.DoesNotContain(parse.EnumerateArray(), p => p.GetString() is "everyone" or "roles");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Fake.DisposeAsync();
        await Database.DisposeAsync();
    }
}
