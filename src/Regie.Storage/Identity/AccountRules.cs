using Microsoft.AspNetCore.Identity;

namespace Regie.Storage.Identity;

/// <summary>
/// The rules for sign-in accounts, shared by every host that creates or checks accounts (the web host and the
/// <c>regie</c> command), so an account made on the command line obeys the same password policy as one made on the web.
/// </summary>
public static class AccountRules
{
    /// <summary>The minimum password length; no other composition rules (NIST SP 800-63B, 5.1.1.2).</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>Password, lockout and user-name options for ASP.NET Core Identity.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        // The user name is the e-mail address, which the forms validate; Identity's default character list would
        // refuse valid addresses.
        options.User.AllowedUserNameCharacters = "";
    }
}
