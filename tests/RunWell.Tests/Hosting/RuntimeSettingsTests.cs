using System.Text.Json;

namespace RunWell.Tests.Hosting;

/// <summary>
/// Settings the bot's process runs with, read from the runtimeconfig.json its build writes (the file a
/// publish and the Docker image carry): they are part of the product, and an edit to the project file
/// that dropped one would otherwise only show as lost CPU in the benchmark.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void Idle_thread_pool_workers_sleep_instead_of_spinning()
    {
        var properties = ConfigProperties();

        Assert.True(properties.TryGetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", out var spin), "spin limit not set");
        Assert.Equal(0, spin.GetInt32());
    }

    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RunWell.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
