using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>One warm line after a run. Never about pace or distance; rotates so it stays fresh.</summary>
public static class Encouragement
{
    /// <summary>Stable for the same entry (so a replay reads the same), varied across entries.</summary>
    public static string For(long entryId, bool microRun) =>
        microRun ? Get("Encourage_MicroRun") : Pick("Encourage_AfterRun", (int)(Math.Abs(entryId) % Count("Encourage_AfterRun")));
}
