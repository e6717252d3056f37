using RunWell.ConsoleChat;

namespace RunWell.Tests.ConsoleChat;

public sealed class ConsoleLineParserTests
{
    [Fact]
    public void Reads_the_command_path_and_options()
    {
        var (line, error) = ConsoleLineParser.Parse("/run log minutes:20 kind:jog-walk note:\"felt strong today\"");

        Assert.Null(error);
        Assert.Equal("run log", line!.Path);
        Assert.Equal("20", line.Options["minutes"]);
        Assert.Equal("jog-walk", line.Options["kind"]);
        Assert.Equal("felt strong today", line.Options["note"]);
    }

    [Fact]
    public void Keeps_colons_inside_values()
    {
        var (line, _) = ConsoleLineParser.Parse("/run log minutes:20 when:\"yesterday 18:30\"");

        Assert.Equal("yesterday 18:30", line!.Options["when"]);
    }

    [Theory]
    [InlineData("help", "start with a slash")]
    [InlineData("/dance", "I don't know /dance")]
    [InlineData("/run", "/run needs one of: log, undo, history")]
    [InlineData("/run jog", "/run needs one of")]
    [InlineData("/checkin mood 5", "written name:value")]
    [InlineData("/checkin concern:\"unclosed", "not closed")]
    public void Explains_a_line_it_cannot_read(string input, string expected)
    {
        var (line, error) = ConsoleLineParser.Parse(input);

        Assert.Null(line);
        Assert.Contains(expected, error!.Plain, StringComparison.Ordinal);
    }
}
