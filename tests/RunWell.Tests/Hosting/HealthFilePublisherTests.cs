using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RunWell.Hosting;

namespace RunWell.Tests.Hosting;

public sealed class HealthFilePublisherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("runwell-health-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_healthy_report_writes_the_file_and_an_unhealthy_one_removes_it()
    {
        var path = Path.Combine(_folder, "sub", "runwell.healthy");
        var publisher = new HealthFilePublisher(Options.Create(new RunWellOptions { HealthFile = path }), new FakeTimeProvider());

        await publisher.PublishAsync(Report(HealthStatus.Healthy), CancellationToken.None);
        Assert.True(File.Exists(path));

        await publisher.PublishAsync(Report(HealthStatus.Unhealthy), CancellationToken.None);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task No_file_is_written_when_the_setting_is_empty()
    {
        var publisher = new HealthFilePublisher(Options.Create(new RunWellOptions()), new FakeTimeProvider());

        await publisher.PublishAsync(Report(HealthStatus.Healthy), CancellationToken.None);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private static HealthReport Report(HealthStatus status) =>
        new(new Dictionary<string, HealthReportEntry> { ["database"] = new(status, null, TimeSpan.Zero, null, null) }, TimeSpan.Zero);
}
