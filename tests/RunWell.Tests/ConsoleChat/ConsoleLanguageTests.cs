using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunWell.ConsoleChat;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Tests.ConsoleChat;

/// <summary>The console's own words (banner, hints, labels) come from the catalog, in the console's language.</summary>
public sealed class ConsoleLanguageTests
{
    [Fact]
    public async Task A_spanish_console_speaks_spanish_in_its_banner_its_hints_and_its_replies()
    {
        await using var database = await TestDatabase.CreateAsync();
        var output = new StringWriter();
        using var host = RunWellHost.CreateBuilder(
            ["--console", $"--ConnectionStrings:RunWell={database.ConnectionString}", "--RunWell:ConsoleLanguage=es-ES"],
            b => b.Services.AddSingleton(new ConsoleIO(new StringReader(""), output, piped: true))).Build();
        var chat = host.Services.GetServices<IHostedService>().OfType<ConsoleChatService>().Single();

        await chat.StartAsync(CancellationToken.None);
        await chat.ExecuteTask!; // the input is empty: the banner, then the end
        var typo = await chat.HandleLineAsync("/chekin mood:5 stress:5 energy:5", CancellationToken.None);
        var sub = await chat.HandleLineAsync("/run lgo minutes:20", CancellationToken.None);
        var button = await chat.HandleLineAsync("!1", CancellationToken.None);
        var refused = await chat.HandleLineAsync("/run log minutes:601", CancellationToken.None);

        Assert.Contains("modo consola", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("¿Quizá /checkin?", typo, StringComparison.Ordinal);
        Assert.Contains("¿Quizá /run log?", sub, StringComparison.Ordinal);
        Assert.Equal("Ahora mismo no hay ningún botón que pulsar.", button);
        Assert.Contains("No se ha guardado nada.", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_console_says_the_same_in_english()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var host = RunWellHost.CreateBuilder(
            ["--console", $"--ConnectionStrings:RunWell={database.ConnectionString}", "--RunWell:ConsoleLanguage=en-GB"],
            b => b.Services.AddSingleton(new ConsoleIO(new StringReader(""), new StringWriter(), piped: true))).Build();
        var chat = host.Services.GetServices<IHostedService>().OfType<ConsoleChatService>().Single();

        Assert.Equal("I don't know /dance. Try /help.", await chat.HandleLineAsync("/dance", CancellationToken.None));
        Assert.Equal("There is no button to press right now.", await chat.HandleLineAsync("!1", CancellationToken.None));
    }
}
