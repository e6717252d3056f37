using System.Text;
using RunWell.Domain.Text;

namespace RunWell.Domain.Tests.Text;

public sealed class ShortenTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Text_that_fits_is_kept_as_it_is()
    {
        Assert.Equal("easy jog", TypedText.Shorten("easy jog", 8));
    }

    [Fact]
    public void A_longer_text_is_cut_to_the_limit_ending_with_an_ellipsis()
    {
        var shortened = TypedText.Shorten("a long easy jog by the river", 10);

        Assert.Equal("a long ea…", shortened);
        Assert.Equal(10, shortened.Length);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(2)]
    public void An_emoji_is_never_cut_in_half(int max)
    {
        var typed = "a" + string.Concat(Enumerable.Repeat("🏃", 30));

        var shortened = TypedText.Shorten(typed, max);

        Assert.InRange(shortened.Length, 1, max);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Strict.GetBytes(shortened); // throws on a lone surrogate
    }
}
