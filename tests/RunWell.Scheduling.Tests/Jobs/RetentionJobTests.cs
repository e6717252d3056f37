using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RunWell.Scheduling.Jobs;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.Jobs;

public sealed class RetentionJobTests
{
    [Fact]
    public async Task Register_adds_the_job_once_only_at_a_time_with_an_hourly_trigger_at_minute_5()
    {
        await using var services = await TestServices.CreateAsync(builder => builder.AddQuartz(RetentionJob.Register));
        var scheduler = await services.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

        var job = await scheduler.GetJobDetail(RetentionJob.Key, CancellationToken.None);
        var trigger = await scheduler.GetTrigger(RetentionJob.HourlyTrigger, CancellationToken.None);

        Assert.NotNull(job);
        Assert.True(job.ConcurrentExecutionDisallowed);
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal(RetentionJob.Key, cron.JobKey);
        Assert.Equal("0 5 * * * ?", cron.CronExpressionString);
    }
}
