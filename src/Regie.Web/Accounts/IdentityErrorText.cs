using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Regie.Web.Hosting;
using Regie.Web.Localization;

namespace Regie.Web.Accounts;

/// <summary>
/// Identity reports failures in English with a stable code; the pages show the reader's language. A code without
/// a translation (Identity may add codes) falls back to Identity's own English description.
/// </summary>
internal static class IdentityErrorText
{
    public static IReadOnlyList<string> Describe(this IStringLocalizer<AccountUi> text, IEnumerable<IdentityError> errors) =>
    [
        .. errors
            .Select(e => text[$"IdentityError_{e.Code}", AccountsSetup.MinimumPasswordLength] is { ResourceNotFound: false } known ? known.Value : e.Description)
            .Distinct(StringComparer.Ordinal),
    ];
}
