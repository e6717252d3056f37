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
/// areas (see docs/privacy.md for the reasoning and the measured effect): one figure per completed
/// window; each member counted once through their own mean change, clamped to the scale; nothing from
/// fewer than 3 members; the mean rounded to the nearest 0.5, then moved by a whole number of 0.5 steps
/// drawn evenly from −2…+2 (a flat noise of at most ±1 point) keyed by a secret only this server's row
/// holds and the window, so re-drafting the same window gives the same figure and repetition averages
/// nothing away; and no exact contributor count below 10.
/// </summary>
/// <remarks>
/// Why flat, not Laplace: an attacker who knows every other contributor's value inverts the figure, and
/// with 3 or more members only the one noise step of zero gives back the victim's exact change (any
/// other step moves the sum by at least 1.5 points). So the share of exact reconstructions is at most
/// the chance of that one step: 1 in 5 here, where a Laplace noise of scale 0.5 with the same variance
/// gave 2 in 5 (it piles its mass at zero), and a Laplace noise would need scale 1.1 — twice the error,
/// with no bound on it — to reach 1 in 5.
/// </remarks>
public static class GroupMoodFigure
{
    public const int MinMembers = 3;

    public const int ExactCountFrom = 10;

    /// <summary>The figure's rounding step and the noise's step, in mood points.</summary>
    public const double Step = 0.5;

    /// <summary>The noise is a whole number of steps drawn evenly from −NoiseSteps…+NoiseSteps.</summary>
    public const int NoiseSteps = 2;

    /// <summary>
    /// The most an attacker who knows everyone else's value can reconstruct exactly: the chance of a
    /// zero noise step, 1 / (2 × <see cref="NoiseSteps"/> + 1).
    /// </summary>
    public const double MaxExactShare = 1.0 / ((2 * NoiseSteps) + 1);

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
        var rounded = Math.Round(mean / Step, MidpointRounding.AwayFromZero) * Step;
        var value = Math.Clamp(rounded + (Step * NoiseStep(secret, key)), -MaxChange, MaxChange);
        return new MoodFigure(MoodFigureState.Shown, value == 0 ? 0 : value, memberMeans.Count >= ExactCountFrom ? memberMeans.Count : null, releaseUtc);
    }

    /// <summary>
    /// A whole number of steps, evenly one of −<see cref="NoiseSteps"/>…+<see cref="NoiseSteps"/>, from
    /// HMAC-SHA256(secret, key): deterministic per window, unknowable without the server's secret.
    /// </summary>
    public static int NoiseStep(byte[] secret, string key)
    {
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key));

        // 64 random bits modulo 5: the bias is below 1 in 10^18.
        var bits = BitConverter.ToUInt64(hash, 0);
        return (int)(bits % ((2 * NoiseSteps) + 1)) - NoiseSteps;
    }
}
