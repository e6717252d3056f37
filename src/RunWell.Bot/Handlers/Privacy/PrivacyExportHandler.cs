using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Domain.Privacy;

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
            return Reply.Private("RunWell holds nothing about you in this server, so there is nothing to export.");
        }

        var text = $"🔒 Everything RunWell holds about you in this server ({Format.Count(export.Runs, "run")}, {Format.Count(export.CheckIns, "check-in")}). " +
                   "The JSON has every record; the CSV opens in a spreadsheet. Only you can see this message.";
        return new Reply(new Message(text) { Files = export.Files });
    }
}
