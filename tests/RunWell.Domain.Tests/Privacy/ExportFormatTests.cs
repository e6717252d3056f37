using System.Text;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Privacy;
using RunWell.Domain.Privacy.Export;

namespace RunWell.Domain.Tests.Privacy;

public sealed class ExportFormatTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("café 🏃", "café 🏃")]
    [InlineData(null, "")]
    public void Csv_fields_are_quoted_per_rfc_4180_and_formulas_are_defused(string? value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void Csv_starts_with_a_utf8_bom_and_ends_rows_with_crlf()
    {
        var bytes = new CsvWriter().Row("a", "b").Row("c", null).ToBytes();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\nc,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("Running Mates", "runwell-running-mates-2026-11-25")]
    [InlineData("Café  Läufer!! 🏃", "runwell-cafe-laufer-2026-11-25")]
    [InlineData("🏃🏃", "runwell-42-2026-11-25")]
    [InlineData("../../etc", "runwell-etc-2026-11-25")]
    public void File_names_carry_a_safe_server_name_and_the_date(string server, string expected) =>
        Assert.Equal(expected, PrivacyService.FileBaseName(server, 42, new DateOnly(2026, 11, 25)));
}
