using Microsoft.EntityFrameworkCore;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Entries;

/// <summary>Every limit of /checkin and /run log: a clear message naming the option, and nothing written.</summary>
public sealed class LoggingLimitsTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Theory]
    [InlineData("minutes", 0L, "from 1 to 600")]
    [InlineData("minutes", 601L, "from 1 to 600")]
    [InlineData("mood", 11L, "from 1 to 10")]
    [InlineData("stress", 0L, "from 1 to 10")]
    [InlineData("distance_km", 0.05, "from 0.1 to 200")]
    [InlineData("distance_km", 250.0, "from 0.1 to 200")]
    [InlineData("kind", "sprint", "one of: run, jog-walk, walk, other")]
    [InlineData("helped", "shoes", "one of: pace, route, time-of-day, company, other")]
    [InlineData("when", "8 days ago", "7 days")]
    [InlineData("when", "tomorrow 07:00", "future")]
    [InlineData("when", "soonish", "couldn't read")]
    [InlineData("when", "፩፰:፴", "numerals")]
    [InlineData("when", "today 23:59", "future")]
    public async Task A_bad_run_option_is_named_and_nothing_is_stored(string option, object value, string expected)
    {
        var options = option == "minutes"
            ? new[] { (option, (object?)value) }
            : [("minutes", 20L), (option, value)];

        var reply = await _services.RunAsync("run log", Commands.Member(), options);

        Assert.Contains($"{option}", reply.Message.Text.Plain);
        Assert.Contains(expected, reply.Message.Text.Plain);
        Assert.Contains("Nothing was saved", reply.Message.Text.Plain);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_note_of_301_characters_is_refused()
    {
        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("note", new string('a', 301)));

        Assert.Contains("note can be at most 300 characters (yours has 301)", reply.Message.Text.Plain);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_note_of_300_characters_is_stored()
    {
        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("note", new string('a', 300)));

        Assert.StartsWith("Logged 20 min run", reply.Message.Text.Plain);
        await using var db = _services.Database.CreateContext();
        Assert.Equal(300, (await db.Runs.SingleAsync()).Note!.Length);
    }

    [Theory]
    [InlineData("mood", 11L, "mood must be from 1 to 10")]
    [InlineData("energy", -1L, "energy must be from 1 to 10")]
    [InlineData("sleep", 12L, "sleep must be from 1 to 10")]
    [InlineData("mood", "seven", "mood must be a whole number")]
    public async Task A_bad_check_in_rating_is_named_and_nothing_is_stored(string option, object value, string expected)
    {
        var options = new Dictionary<string, object?> { ["mood"] = 5L, ["stress"] = 5L, ["energy"] = 5L, [option] = value };

        var reply = await _services.RunAsync("checkin", Commands.Member(), [.. options.Select(o => (o.Key, o.Value))]);

        Assert.Contains(expected, reply.Message.Text.Plain);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_concern_longer_than_200_characters_is_refused()
    {
        var reply = await _services.RunAsync("checkin", Commands.Member(),
            ("mood", 5L), ("stress", 5L), ("energy", 5L), ("concern", new string('x', 201)));

        Assert.Contains("concern can be at most 200 characters", reply.Message.Text.Plain);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_missing_required_option_is_named()
    {
        var reply = await _services.RunAsync("checkin", Commands.Member(), ("mood", 5L), ("energy", 5L));

        Assert.Contains("stress is needed (1–10)", reply.Message.Text.Plain);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_unknown_option_is_refused_with_the_known_ones()
    {
        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("pace", "5:00"));

        Assert.Contains("/run log has no option pace", reply.Message.Text.Plain);
        Assert.Contains("distance_km", reply.Message.Text.Plain);
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _services.Database.CreateContext();
        Assert.Equal(0, await db.Runs.CountAsync());
        Assert.Equal(0, await db.CheckIns.CountAsync());
    }
}
