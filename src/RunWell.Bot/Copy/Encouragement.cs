namespace RunWell.Bot.Copy;

/// <summary>One warm line after a run. Never about pace or distance; rotates so it stays fresh.</summary>
public static class Encouragement
{
    private static readonly string[] AfterRun =
    [
        "You showed up, and that is the whole game. 🌱",
        "Nice one. Consistency beats intensity, every time.",
        "Another one in the bank. Your future self says thanks.",
        "That counts. Easy and regular is how this works.",
        "Good for you for getting out there today.",
        "Logged. Notice how you feel now; that is the real result.",
    ];

    private const string AfterMicroRun = "A micro-run counts fully: starting is the success. 🌱";

    /// <summary>Stable for the same entry (so a replay reads the same), varied across entries.</summary>
    public static string For(long entryId, bool microRun) =>
        microRun ? AfterMicroRun : AfterRun[(int)(Math.Abs(entryId) % AfterRun.Length)];
}
