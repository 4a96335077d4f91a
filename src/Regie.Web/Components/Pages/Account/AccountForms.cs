using System.ComponentModel.DataAnnotations;
using Regie.Web.Hosting;
using Regie.Web.Localization;

namespace Regie.Web.Components.Pages.Account;

// The account forms' models. Messages come from ValidationText in the reader's language; limits follow ADR 0009
// (passwords: at least 12 characters, at most 256, no composition rules).

internal sealed class RegisterForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.DisplayNameRequired))]
    [StringLength(100, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.DisplayNameLength))]
    public string? DisplayName { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    [StringLength(256, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.NewPasswordRequired))]
    [StringLength(256, MinimumLength = AccountsSetup.MinimumPasswordLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordLength))]
    public string? Password { get; set; }

    [Compare(nameof(Password), ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordsDiffer))]
    public string? ConfirmPassword { get; set; }
}

internal sealed class SignInForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordRequired))]
    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}

internal sealed class CodeForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CodeRequired))]
    [StringLength(64, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CodeRequired))]
    public string? Code { get; set; }
}

internal sealed class AuthenticatorForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CodeRequired))]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.AuthenticatorCodeFormat))]
    public string? Code { get; set; }
}

internal sealed class EmailForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    public string? Email { get; set; }
}

internal sealed class ResetPasswordForm
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.EmailInvalid))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CodeRequired))]
    public string? Code { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.NewPasswordRequired))]
    [StringLength(256, MinimumLength = AccountsSetup.MinimumPasswordLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordLength))]
    public string? Password { get; set; }

    [Compare(nameof(Password), ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordsDiffer))]
    public string? ConfirmPassword { get; set; }
}

internal sealed class ChangePasswordForm
{
    /// <summary>Required when the account has a password; an account made through the external provider may have none.</summary>
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.NewPasswordRequired))]
    [StringLength(256, MinimumLength = AccountsSetup.MinimumPasswordLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordLength))]
    public string? NewPassword { get; set; }

    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordsDiffer))]
    public string? ConfirmPassword { get; set; }
}

/// <summary>A form with nothing to fill in (sign out, disable two-step verification); the button is the answer.</summary>
internal sealed class ConfirmForm;
