using Microsoft.AspNetCore.Identity;
using Regie.Storage.Identity;
using Regie.Workplace.People;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The demo's sign-in accounts, one per role, made through ASP.NET Core Identity with the web host's password rules.
/// An account left by an earlier seed is kept and gets the new password, so the one password printed works for all.
/// </summary>
internal sealed class DemoAccounts(UserManager<RegieUser> users)
{
    /// <summary>True when Identity's password validators accept the password.</summary>
    public async Task<bool> AcceptsAsync(string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, new RegieUser(), password)).Succeeded)
            {
                return false;
            }
        }

        return true;
    }

    /// <exception cref="InvalidOperationException">Identity refused the account (a bug: the password was checked first).</exception>
    public async Task<RegieUser> EnsureAsync(Role role, string password)
    {
        var (email, name) = DemoOrganisation.AccountOf(role);
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (await users.HasPasswordAsync(existing))
            {
                Succeeded(await users.RemovePasswordAsync(existing), email);
            }

            Succeeded(await users.AddPasswordAsync(existing, password), email);
            Succeeded(await users.SetLockoutEndDateAsync(existing, null), email);
            return existing;
        }

        // The addresses are fictitious (.example), so nobody could confirm them; the seeder vouches for them instead.
        var account = new RegieUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Succeeded(await users.CreateAsync(account, password), email);
        return account;
    }

    private static void Succeeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo account {email} could not be set up: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
