using Regie.Cli.Localization;
using Regie.Core.Results;
using Regie.Workplace.People;

namespace Regie.Cli.Commands.Workplace;

/// <summary>
/// The <c>--role</c> option: roles separated by commas, named in kebab case (<c>org-admin,works-council</c>) or as
/// their code names (<c>OrgAdmin</c>), case ignored.
/// </summary>
internal static class RoleOption
{
    /// <summary>The names <c>--role</c> accepts, in the order of the role list.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. PermissionMatrix.AllRoles.Select(Kebab)];

    /// <summary>The roles, or a validation error on "Roles" naming the unknown one. Empty text gives <see cref="Role.None"/>.</summary>
    public static Result<Role> Parse(string? text, Texts texts)
    {
        var roles = Role.None;
        foreach (var name in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Normalise(name);
            var role = PermissionMatrix.AllRoles.FirstOrDefault(r => Normalise(r.ToString()) == key);
            if (role == Role.None)
            {
                return ValidationError.For("Roles", texts.Format("Role.Unknown", name, string.Join(", ", Names)));
            }

            roles |= role;
        }

        return roles;
    }

    /// <summary>The roles as people read them, in the chosen language.</summary>
    public static string Describe(Role roles, string language) =>
        string.Join(", ", roles.Split().Select(r => RoleNames.Of(r, language)));

    /// <summary>OrgAdmin → org-admin.</summary>
    public static string Kebab(Role role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Normalise(string name) =>
        new([.. name.Where(c => c is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant)]);
}
