using Regie.Workplace.Concerns;

namespace Regie.Workplace.Tests.Concerns;

public sealed class ConcernSecretTests
{
    [Fact]
    public void A_token_is_43_url_safe_characters_and_looks_like_a_token()
    {
        var token = ConcernSecret.NewToken();

        Assert.Equal(43, token.Length);
        Assert.True(ConcernSecret.LooksLikeToken(token));
    }

    [Fact]
    public void Two_tokens_differ()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => ConcernSecret.NewToken()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(1000, tokens.Count);
    }

    [Fact]
    public void The_hash_is_sha256_hex_and_does_not_contain_the_token()
    {
        var token = ConcernSecret.NewToken();

        var hash = ConcernSecret.Hash(token);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.Equal(hash, ConcernSecret.Hash(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Text_that_is_not_shaped_like_a_token_is_refused(string? text) =>
        Assert.False(ConcernSecret.LooksLikeToken(text));

    [Fact]
    public void A_reference_has_no_characters_that_are_easily_confused() =>
        Assert.Matches("^M-[2-9A-HJKMNP-Z]{6}$", ConcernSecret.NewReference());
}
