using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Domain.Privacy;
using RunWell.Bot.Presenters;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Privacy;

/// <summary>/privacy export: everything about the caller in this server, as JSON and CSV, only to them.</summary>
internal sealed class PrivacyExportHandler(PrivacyService privacy) : ICommandHandler
{
    public string Path => "privacy export";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var export = await privacy.ExportAsync(context.Caller.Member, ct);
        if (export.IsEmpty)
        {
            return Reply.Private(Rich("Export_Nothing"));
        }

        var text = Rich("Export_Ready", Format.Count(export.Runs, "Count_Runs"), Format.Count(export.CheckIns, "Count_CheckIns"));
        return new Reply(new Message(text) { Files = ExportPackage.Build(export.Document!, export.FileBaseName) });
    }
}
