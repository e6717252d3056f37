using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunWell.ConsoleChat;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Tests.Discord;

/// <summary>Console mode and Discord go through the same catalog, validator and handlers, so they answer alike.</summary>
public sealed partial class ConsoleDiscordParityTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static TheoryData<string, string> Script => new()
    {
        { "/checkin mood:4 stress:7 energy:3 concern:\"deadline\"", "checkin|mood:4:4|stress:4:7|energy:4:3|concern:3:deadline" },
        { "/run log minutes:20 kind:jog-walk mood:7 helped:route", "run log|minutes:4:20|kind:3:jog-walk|mood:4:7|helped:3:route" },
        { "/run log minutes:0", "run log|minutes:4:0" },
        { "/run log minutes:5 when:\"8 days ago\"", "run log|minutes:4:5|when:3:8 days ago" },
        { "/run history", "run history" },
        { "/run undo", "run undo" },
    };

    [Fact]
    public async Task The_same_commands_get_the_same_answers_in_the_console_and_on_discord()
    {
        var console = await ConsoleAnswersAsync();
        var discord = await DiscordAnswersAsync();

        Assert.Equal(console.Count, discord.Count);
        for (var i = 0; i < console.Count; i++)
        {
            Assert.Equal(Normalize(console[i]), Normalize(discord[i]));
        }
    }

    private static async Task<List<string>> ConsoleAnswersAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var host = RunWellHost.CreateBuilder(["--console", $"--ConnectionStrings:RunWell={database.ConnectionString}"]).Build();
        var chat = host.Services.GetServices<IHostedService>().OfType<ConsoleChatService>().Single();

        var answers = new List<string>();
        foreach (var line in Script.Select(row => (string)row[0]))
        {
            answers.Add(await chat.HandleLineAsync(line, CancellationToken.None));
        }

        return answers;
    }

    private static async Task<List<string>> DiscordAnswersAsync()
    {
        await using var bot = await DiscordHost.StartAsync();
        await bot.Fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);

        var answers = new List<string>();
        foreach (var spec in Script.Select(row => (string)row[1]))
        {
            await bot.Fake.Gateway.SendInteractionAsync(Interaction(bot.Fake.ApplicationId, spec));
            await bot.Fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, answers.Count + 1, Wait);
            var callback = bot.Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.InteractionCallback).ElementAt(answers.Count).Json!.Value;
            answers.Add(callback.GetProperty("data").GetProperty("content").GetString()!);
        }

        return answers;
    }

    /// <summary>"run log|minutes:4:20" = path, then name:type:value options.</summary>
    private static JsonObject Interaction(ulong applicationId, string spec)
    {
        var parts = spec.Split('|');
        var path = parts[0].Split(' ');
        var options = parts.Skip(1).Select(p => p.Split(':', 3)).Select(p =>
            (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
             p[1] == "4" ? JsonValue.Create(long.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)) : (JsonNode)JsonValue.Create(p[2])!));
        return FakeInteractions.SlashCommand(applicationId, path[0], path.Length > 1 ? path[1..] : null, [.. options]);
    }

    /// <summary>Discord's bold and code marks are the console's plain words; the minute of "now" may tick between the two runs.</summary>
    private static string Normalize(string text) =>
        Clock().Replace(text.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal), "HH:mm").Trim();

    [GeneratedRegex(@"\b\d{2}:\d{2}\b")]
    private static partial Regex Clock();
}
