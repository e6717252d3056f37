using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RunWell.Discord.Tests;

public sealed class OptionsValidationTests
{
    private static DiscordOptions Resolve(Dictionary<string, string?> values)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddRunWellDiscord(config);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }

    [Theory]
    [InlineData("ApiBaseUrl", "ftp://discord.com/api", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("ApiBaseUrl", "/api/v10", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("MaxConcurrentInteractions", "0", "Discord:MaxConcurrentInteractions")]
    [InlineData("Token", "abc def", "Discord:Token must not contain whitespace")]
    [InlineData("ShardId", "0", "Discord:ShardId and Discord:ShardCount must be set together")]
    [InlineData("ShardCount", "2", "Discord:ShardId and Discord:ShardCount must be set together")]
    public void Bad_settings_fail_with_the_key_named(string key, string value, string expected)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc def", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("-1", "2")]
    [InlineData("0", "0")]
    public void A_shard_outside_its_count_fails_with_the_keys_named(string id, string count)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["ShardId"] = id, ["ShardCount"] = count }));

        Assert.Contains("Discord:ShardId must be between 0 and Discord:ShardCount - 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loopback_api_url_and_defaults_are_accepted()
    {
        var options = Resolve(new() { ["ApiBaseUrl"] = "http://127.0.0.1:5123/api/v10" });

        Assert.Equal(1 | (1 << 16), options.Intents);
        Assert.Equal(16, options.MaxConcurrentInteractions);
        Assert.Null(options.Token);
    }
}
