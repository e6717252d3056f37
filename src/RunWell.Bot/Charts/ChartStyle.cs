using System.Globalization;
using ScottPlot;

namespace RunWell.Bot.Charts;

/// <summary>
/// One look for every chart RunWell draws: size, palette, font, day labels and titles. The review and
/// the weekly summary sit side by side in a member's Discord, so they must read as one family.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 800;
    public const int Height = 400;

    /// <summary>Installed in the Docker image (fonts-dejavu-core); ScottPlot falls back to its default elsewhere.</summary>
    public const string FontName = "DejaVu Sans";

    public static readonly Color Minutes = Color.FromHex("#7FB77E");
    public static readonly Color MoodBefore = Color.FromHex("#8E8E8E");
    public static readonly Color MoodAfter = Color.FromHex("#E07A5F");
    public static readonly Color Ahead = Color.FromHex("#EEF1F4");
    public static readonly Color Ink = Color.FromHex("#3A3A3A");

    /// <summary>A plot with the shared font, colours and title.</summary>
    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Axes.Color(Ink);
        return plot;
    }

    /// <summary>"Mon 30": the weekday and the day of the month, in the reader's language.</summary>
    public static string DayLabel(DateOnly date) => date.ToString("ddd d", CultureInfo.CurrentUICulture);

    /// <summary>"30 Nov – 6 Dec": the dates a chart covers, for its title.</summary>
    public static string Range(DateOnly from, DateOnly to) =>
        from.ToString("d MMM", CultureInfo.CurrentUICulture) + " – " + to.ToString("d MMM", CultureInfo.CurrentUICulture);

    public static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
