using Microsoft.Extensions.Localization;
using Regie.Web.Components.Shared.Forms;
using Regie.Web.Localization;
using Regie.Workplace.People;

namespace Regie.Web.Components.Pages.Workplace.People;

/// <summary>An invitation as typed: an address and the checked roles.</summary>
internal sealed class InviteForm
{
    public string? Email { get; set; }

    /// <summary>The checked <see cref="Role"/> names (null when none is checked: the form mapper leaves it so).</summary>
    public List<string>? Roles { get; set; }
}

/// <summary>A member's new roles.</summary>
internal sealed class MemberRolesForm
{
    public Guid? MemberId { get; set; }

    /// <summary>The checked <see cref="Role"/> names, or null when none is checked.</summary>
    public List<string>? Roles { get; set; }
}

/// <summary>The member a confirmation removes, or the invitation a button revokes.</summary>
internal sealed class ChosenRowForm
{
    public Guid? Id { get; set; }
}

/// <summary>Roles as checkboxes: every role with its name and what it is for.</summary>
internal static class RoleChoices
{
    public static IReadOnlyList<FieldOption> Options(IStringLocalizer<WorkplaceUi> text) =>
        [.. PermissionMatrix.AllRoles.Select(r => new FieldOption(r.ToString(), RoleNames.Of(r, Language), text[$"Role_{r}"]))];

    /// <summary>The roles whose names were posted; unknown names are ignored (the use case then asks for a role).</summary>
    public static Role Parse(IEnumerable<string>? names) =>
        (names ?? []).Aggregate(Role.None, (all, name) =>
            Enum.TryParse<Role>(name, out var role) && PermissionMatrix.AllRoles.Contains(role) ? all | role : all);

    public static List<string> Names(Role roles) => [.. roles.Split().Select(r => r.ToString())];

    /// <summary>The roles' names, comma-separated, in the interface language.</summary>
    public static string Describe(Role roles) => string.Join(", ", roles.Split().Select(r => RoleNames.Of(r, Language)));

    private static string Language => UiCultures.IsEnglish ? "en" : "nl";
}
