using System.Security.Cryptography;
using System.Text;

namespace RunWell.Domain.Summaries;

/// <summary>Why a summary shows, or does not show, its one group mood figure.</summary>
public enum MoodFigureState
{
    /// <summary>The figure is released: the window is complete and enough members contributed.</summary>
    Shown = 0,

    /// <summary>The window is complete, but fewer than <see cref="GroupMoodFigure.MinMembers"/> members contributed.</summary>
    TooFewMembers = 1,

    /// <summary>The window is still open (a preview): no mood figure, whatever the data.</summary>
    WindowOpen = 2,
}

/// <summary>
/// The one group mood figure of a summary window, as facts for the words.
/// </summary>
/// <param name="Value">The released change (a multiple of 0.5, within ±9); null unless shown.</param>
/// <param name="ExactMembers">How many members contributed, only from <see cref="GroupMoodFigure.ExactCountFrom"/> up; null means "a few".</param>
/// <param name="ReleaseUtc">When the window completes and the figure may appear.</param>
public sealed record MoodFigure(MoodFigureState State, double? Value, int? ExactMembers, DateTime ReleaseUtc);

/// <summary>
/// The disclosure rules of the weekly group mood figure, as statistics offices apply them to small
/// areas (see docs/privacy.md for the reasoning): one figure per completed window; each member counted
/// once through their own mean change, clamped to the scale; nothing from fewer than 3 members; a small
/// Laplace noise keyed by a secret only this server's row holds and the window, so re-drafting the same
/// window gives the same figure and repetition averages nothing away; rounded to the nearest 0.5; and
/// no exact contributor count below 10.
/// </summary>
public static class GroupMoodFigure
{
    public const int MinMembers = 3;

    public const int ExactCountFrom = 10;

    /// <summary>Laplace scale, in mood points.</summary>
    public const double NoiseScale = 0.5;

    /// <summary>A change on a 1–10 scale lies within ±9.</summary>
    public const double MaxChange = 9;

    public static MoodFigure Open(DateTime releaseUtc) => new(MoodFigureState.WindowOpen, null, null, releaseUtc);

    /// <param name="memberMeans">One value per member: that member's own mean after-minus-before change.</param>
    /// <param name="secret">The server's noise secret.</param>
    /// <param name="key">The (server, window) key, e.g. "1288…:2026-W48".</param>
    public static MoodFigure Release(IReadOnlyList<double> memberMeans, byte[] secret, string key, DateTime releaseUtc)
    {
        if (memberMeans.Count < MinMembers)
        {
            return new MoodFigure(MoodFigureState.TooFewMembers, null, null, releaseUtc);
        }

        var mean = memberMeans.Select(m => Math.Clamp(m, -MaxChange, MaxChange)).Average();
        var noisy = mean + Noise(secret, key);
        var value = Math.Clamp(Math.Round(noisy * 2, MidpointRounding.AwayFromZero) / 2, -MaxChange, MaxChange);
        return new MoodFigure(MoodFigureState.Shown, value == 0 ? 0 : value, memberMeans.Count >= ExactCountFrom ? memberMeans.Count : null, releaseUtc);
    }

    /// <summary>Laplace(0, <see cref="NoiseScale"/>) drawn from HMAC-SHA256(secret, key): deterministic per window.</summary>
    public static double Noise(byte[] secret, string key)
    {
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key));

        // 53 random bits give a uniform u in (0, 1), never exactly 0 or 1.
        var bits = BitConverter.ToUInt64(hash, 0) >> 11;
        var u = (bits + 0.5) / (1UL << 53);
        var centred = u - 0.5;
        return -NoiseScale * Math.Sign(centred) * Math.Log(1 - (2 * Math.Abs(centred)));
    }
}
