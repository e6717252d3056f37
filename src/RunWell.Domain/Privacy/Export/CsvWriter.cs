using System.Text;

namespace RunWell.Domain.Privacy.Export;

/// <summary>
/// RFC 4180 CSV that spreadsheets open cleanly: UTF-8 with a BOM (so Excel reads accents right),
/// CRLF line ends, fields quoted when they hold a comma, quote or line break, and text that a
/// spreadsheet would run as a formula (<c>= + - @</c>, tab, CR) defused with a leading apostrophe.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    public CsvWriter Row(params IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _text.Append(',');
            }

            first = false;
            _text.Append(Field(cell));
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
