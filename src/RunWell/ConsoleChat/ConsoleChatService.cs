using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Hosting;
using static RunWell.Bot.Words.Words;

namespace RunWell.ConsoleChat;

/// <summary>
/// The terminal chat: each line is a slash command, run through the same engine and handlers as
/// Discord. Reads piped input too and stops the host at end of input.
/// </summary>
internal sealed class ConsoleChatService(
    ConsoleIO io,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    ConsoleViews views,
    IOptions<RunWellOptions> options,
    IConfiguration configuration,
    TimeProvider time,
    ConsoleButtons buttons,
    ConsoleLanguage language) : BackgroundService
{
    private const string Prompt = "> ";
    private ModalForm? _openForm;
    private long _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await io.Out.WriteLineAsync(Banner());

        while (!stoppingToken.IsCancellationRequested)
        {
            if (!io.Piped)
            {
                await io.Out.WriteAsync(Prompt);
                await io.Out.FlushAsync(stoppingToken);
            }

            var line = await ReadLineAsync(stoppingToken);
            if (io.Piped && line is not null && line.Trim().Length > 0)
            {
                // Piped input is not shown by the terminal: echo it so each answer follows its command.
                await io.Out.WriteLineAsync(Prompt + line.Trim());
            }

            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var output = await HandleLineAsync(line.Trim(), stoppingToken);
            await io.Out.WriteLineAsync(output + "\n");
        }

        lifetime.StopApplication();
    }

    private string Banner()
    {
        using var words = language.Use();
        var mode = Rich(string.IsNullOrWhiteSpace(configuration[ModeSelector.TokenKey]) ? "Console_NoToken" : "Console_TokenSet");
        return ConsoleRenderer.Plain(Rich("Console_Banner") + "\n" + mode, ConsoleView.Utc);
    }

    /// <summary>One line in, the printed reply out.</summary>
    internal async Task<string> HandleLineAsync(string line, CancellationToken ct)
    {
        using var words = language.Use();
        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<BotEngine>();
        var caller = new Caller(
            ConsoleIdentity.GuildId, ConsoleIdentity.UserId, ConsoleIdentity.DisplayName,
            CanManageServer: true, ConsoleIdentity.GuildName, Locale: language.Locale, GuildLocale: language.Locale);
        var interactionId = $"console-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}"[..32];

        Reply reply;
        var lastButtons = buttons.Last;
        if (line.StartsWith("!form", StringComparison.Ordinal))
        {
            if (_openForm is not { } form)
            {
                return Get("Console_NoForm");
            }

            reply = await engine.RunModalAsync(new ModalRequest(form.Id, caller, ConsoleForms.Values(line[5..])), ct);
            _openForm = null;
        }
        else if (line.StartsWith('!'))
        {
            if (!int.TryParse(line[1..], out var index) || index < 1 || index > lastButtons.Count)
            {
                return lastButtons.Count == 0 ? Get("Console_NoButton") : Get("Console_PickButton", lastButtons.Count);
            }

            reply = await engine.RunComponentAsync(new ComponentRequest(lastButtons[index - 1].Id, caller), ct);
        }
        else
        {
            var (parsed, error) = ConsoleLineParser.Parse(line);
            if (parsed is null)
            {
                return ConsoleRenderer.Plain(error!, ConsoleView.Utc);
            }

            reply = await engine.RunCommandAsync(new CommandRequest(parsed.Path, parsed.Options, caller, interactionId), ct);
        }

        if (reply is { Mode: ReplyMode.Modal, Modal: { } opened })
        {
            _openForm = opened;
            return ConsoleForms.Render(opened);
        }

        buttons.Replace(reply.Message.Buttons);
        var files = await SaveFilesAsync(reply.Message, ct);
        var prefix = reply.Mode == ReplyMode.UpdateMessage ? Get("Console_Updated") + " " : "";
        var visibility = reply.Ephemeral ? "" : Get("Console_PostedInChannel") + "\n";
        return visibility + prefix + ConsoleRenderer.Render(reply.Message, files, await views.ForAsync(reply.Message, ct));
    }

    private async Task<IReadOnlyList<string>> SaveFilesAsync(Message message, CancellationToken ct)
    {
        if (message.Files.Count == 0)
        {
            return [];
        }

        var folder = Path.GetFullPath(options.Value.ConsoleFilesDirectory);
        Directory.CreateDirectory(folder);
        var saved = new List<string>();
        foreach (var file in message.Files)
        {
            var path = UniquePath(folder, Path.GetFileName(file.FileName));
            await File.WriteAllBytesAsync(path, file.Content, ct);
            saved.Add(path);
        }

        return saved;
    }

    /// <summary>review-20261125-120000.png: each file keeps its own name instead of overwriting the last one.</summary>
    private string UniquePath(string folder, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"{stem}-{stamp}{extension}");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stem}-{stamp}-{n}{extension}");
        }

        return path;
    }

    private async Task<string?> ReadLineAsync(CancellationToken ct)
    {
        // Console.In does not observe cancellation while blocked; racing it keeps Ctrl+C prompt.
        var read = io.In.ReadLineAsync(ct).AsTask();
        var stop = Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, ct);
        var first = await Task.WhenAny(read, stop);
        return first == read ? await read : null;
    }
}
