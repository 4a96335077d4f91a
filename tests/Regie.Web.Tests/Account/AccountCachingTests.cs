namespace Regie.Web.Tests.Account;

/// <summary>The public atlas pages stay output-cached without leaking a signed-in reader's header.</summary>
public sealed class AccountCachingTests(AccountHost host) : IClassFixture<AccountHost>
{
    [Fact]
    public async Task A_signed_in_reader_neither_gets_nor_leaves_a_cached_atlas_page()
    {
        using var anonymous = host.Browser();
        using var member = host.Browser();
        await member.RegisterAsync(name: "Dirk Dekker");

        var cachedBefore = await anonymous.GetStringAsync("/atlas/indices");
        var forMember = await member.GetStringAsync("/atlas/indices");
        var cachedAfter = await anonymous.GetStringAsync("/atlas/indices");

        Assert.Contains("href=\"/account/aanmelden?returnUrl=%2Fatlas%2Findices\"", cachedBefore, StringComparison.Ordinal);
        Assert.Contains(">Dirk Dekker</a>", forMember, StringComparison.Ordinal);
        Assert.DoesNotContain("Dirk Dekker", cachedAfter, StringComparison.Ordinal);
        Assert.Equal(cachedBefore, cachedAfter);
    }

    [Fact]
    public async Task Account_pages_are_not_cached()
    {
        using var first = host.Browser();
        using var second = host.Browser();

        var one = await first.GetStringAsync("/account/aanmelden");
        var other = await second.GetStringAsync("/account/aanmelden");

        Assert.NotEqual(AccountClient.Token(AccountClient.Form(one, "sign-in")), AccountClient.Token(AccountClient.Form(other, "sign-in")));
    }
}
