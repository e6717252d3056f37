using RunWell.Domain;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Entries;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Entries;

public sealed class BadInputTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();

    public static TheoryData<string, string, object, string> EachLimit => new()
    {
        { "run log", "minutes", 0L, "1 to 600" },
        { "run log", "minutes", 601L, "1 to 600" },
        { "run log", "mood", 0L, "1 to 10" },
        { "run log", "stress", 11L, "1 to 10" },
        { "run log", "energy", 11L, "1 to 10" },
        { "run log", "note", new string('n', 301), "at most 300 characters" },
        { "run log", "distance_km", 0.05, "0.1 to 200" },
        { "run log", "distance_km", 200.5, "0.1 to 200" },
        { "run log", "kind", "sprint", "one of: run, jog-walk, walk, other" },
        { "run log", "helped", "shoes", "one of: pace, route, time-of-day, company, other" },
        { "run log", "when", "whenever", "Try yesterday 18:30" },
        { "run log", "when", "8 days ago", "at most 7 days" },
        { "run log", "when", "today 13:00", "in the future" },
        { "run log", "when", new string('1', 41), "at most 40 characters" },
        { "checkin", "mood", 11L, "1 to 10" },
        { "checkin", "stress", 0L, "1 to 10" },
        { "checkin", "energy", 0L, "1 to 10" },
        { "checkin", "sleep", 11L, "1 to 10" },
        { "checkin", "concern", new string('c', 201), "at most 200 characters" },
    };

    [Theory]
    [MemberData(nameof(EachLimit))]
    public async Task Each_limit_is_refused_naming_the_option_and_range_and_nothing_is_stored(string path, string option, object value, string range)
    {
        await using var services = await TestServices.CreateAsync();
        (string, object?)[] required = path == "checkin"
            ? [("mood", 5L), ("stress", 5L), ("energy", 5L)]
            : [("minutes", 20L)];
        var options = required.Where(o => o.Item1 != option).Append((option, value)).ToArray();

        var reply = await services.RunAsync(path, Ann, options);

        Assert.Contains($"{option}", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(range, reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, await services.EntryCountAsync());
    }

    [Fact]
    public async Task A_refusal_that_quotes_what_was_typed_never_cuts_an_emoji_in_half()
    {
        await using var services = await TestServices.CreateAsync();
        var typed = "a" + string.Concat(Enumerable.Repeat("🏃", 15));

        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L), ("kind", typed));

        Assert.Contains("one of: run", reply.Message.Text.Plain, StringComparison.Ordinal);
        new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(reply.Message.Text.Plain); // throws on half an emoji
    }

    [Fact]
    public async Task The_domain_refuses_out_of_range_values_even_when_no_client_checked_them()
    {
        await using var services = await TestServices.CreateAsync();
        var who = Ann.Member;

        var run = await services.InScopeAsync(sp => sp.GetRequiredService<EntryService>().LogRunAsync(
            new LogRunRequest(who, 601, RunKind.Run, 11, null, null, null, null, null, null, "x1"), CancellationToken.None));
        var checkIn = await services.InScopeAsync(sp => sp.GetRequiredService<EntryService>().LogCheckInAsync(
            new LogCheckInRequest(who, 5, 5, 5, 0, null, null, "x2"), CancellationToken.None));

        Assert.Equal(("minutes", ProblemKind.MinutesOutOfRange), (run.Error?.Option, run.Error?.Kind));
        Assert.Equal(("sleep", ProblemKind.OutOfRange), (checkIn.Error?.Option, checkIn.Error?.Kind));
        Assert.Equal(0, await services.EntryCountAsync());
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT Standard Time")]
    [InlineData("Lodnon")]
    public async Task An_unknown_time_zone_is_refused_and_nothing_changes(string tz)
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("profile timezone", Ann, ("tz", "Europe/London"));

        var reply = await services.RunAsync("profile timezone", Ann, ("tz", tz));
        var show = await services.RunAsync("profile show", Ann);

        Assert.Contains("tz", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("must be a time zone such as Europe/London", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Europe/London", show.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("london", "Europe/London", false)]
    [InlineData("AMERICA/NEW_YORK", "America/New_York", false)]
    [InlineData("Tokyo", "Asia/Tokyo", false)]
    [InlineData("EST", "EST", true)]
    [InlineData("est", "EST", true)]
    public async Task A_zone_in_any_case_or_a_city_is_understood_and_fixed_offsets_are_flagged(string tz, string expected, bool warned)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("profile timezone", Ann, ("tz", tz));

        Assert.Contains($"Your time zone is now {expected} ", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(warned, reply.Message.Text.Plain.Contains("fixed offset", StringComparison.Ordinal));
    }
}
