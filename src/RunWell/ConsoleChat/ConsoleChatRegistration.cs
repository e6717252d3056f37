using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Ports;
using RunWell.Hosting;

namespace RunWell.ConsoleChat;

internal static class ConsoleChatRegistration
{
    public static IHostApplicationBuilder AddRunWellConsoleChat(this IHostApplicationBuilder builder)
    {
        // Logs go to stderr and only from Warning up, so the chat on stdout stays readable.
        // PostConfigure: the category rules of appsettings.json would otherwise let Information through.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.PostConfigure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Warning;
        });

        builder.Services.TryAddSingleton(_ => new ConsoleIO(Console.In, Console.Out, Console.IsInputRedirected));
        builder.Services.AddSingleton(sp => new ConsoleLanguage(
            sp.GetRequiredService<IOptions<RunWellOptions>>().Value.ConsoleLanguage is { Length: > 0 } configured ? configured : CultureInfo.CurrentUICulture.Name));
        builder.Services.AddSingleton<ConsoleViews>();
        builder.Services.AddSingleton<ConsoleButtons>();
        builder.Services.AddSingleton<IOutboundMessenger, ConsoleMessenger>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IGroupRunPlatform, ConsoleGroupRunPlatform>());
        builder.Services.AddHostedService<ConsoleChatService>();
        return builder;
    }
}
