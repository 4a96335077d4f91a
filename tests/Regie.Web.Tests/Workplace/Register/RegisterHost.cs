using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>
/// The web host with accounts (<see cref="AccountHost"/>), with the invitation limit raised too so that tests can set up
/// many members, and browsers that post forms with repeated fields (checkbox groups).
/// </summary>
public sealed class RegisterHost() : AccountHost(new() { ["RateLimits:InvitationsPerHour"] = "100000" })
{
    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public PageBrowser NewBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}

/// <summary>The register page tests share one host, so the analytical store is built once.</summary>
[CollectionDefinition(Name)]
public sealed class RegisterPagesCollection : ICollectionFixture<RegisterHost>
{
    public const string Name = "Register pages";
}
