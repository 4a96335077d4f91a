using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.Storage.Identity;

namespace Regie.Cli.Hosting;

/// <summary>
/// Sign-in accounts without the web's sign-in machinery: ASP.NET Core Identity's user store and password hashing on
/// the operational database, with the web host's rules (<see cref="AccountRules"/>), for <c>regie org create</c>
/// (finding the first administrator) and <c>regie demo seed</c> (creating the demo accounts).
/// </summary>
internal static class AccountServices
{
    public static IServiceCollection AddRegieAccountsCore(this IServiceCollection services)
    {
        services.AddIdentityCore<RegieUser>(AccountRules.Configure).AddEntityFrameworkStores<RegieDbContext>();
        return services;
    }
}
