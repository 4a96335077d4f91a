using System.Collections.Frozen;

namespace Regie.Workplace.People;

/// <summary>
/// The one place that says which role may do what (workplace domain note §4). Pages, endpoints, the CLI and the
/// use cases all ask here; the UI never offers an action this matrix denies.
/// </summary>
public static class PermissionMatrix
{
    private const Role Everyone = Role.OrgAdmin | Role.SystemOwner | Role.Assessor | Role.Reviewer |
        Role.PrivacyOfficer | Role.Executive | Role.WorksCouncil | Role.ExternalExpert | Role.UnionRep |
        Role.Overseer | Role.Employee | Role.Auditor;

    /// <summary>Roles that see the full register. The OR has parity with management (note §5.5).</summary>
    private const Role RegisterReaders = Role.OrgAdmin | Role.SystemOwner | Role.Assessor | Role.Reviewer |
        Role.PrivacyOfficer | Role.Executive | Role.WorksCouncil | Role.Overseer | Role.Auditor;

    private static readonly FrozenDictionary<Permission, Role> Grants = new Dictionary<Permission, Role>
    {
        [Permission.ViewOrganisation] = Everyone,
        [Permission.ManageOrganisation] = Role.OrgAdmin,
        [Permission.ViewStructure] = RegisterReaders,
        [Permission.ManageJobProfiles] = Role.OrgAdmin | Role.SystemOwner,
        [Permission.ViewMembers] = Role.OrgAdmin | Role.Executive | Role.Auditor,
        [Permission.ManageMembers] = Role.OrgAdmin,
        [Permission.ViewRegister] = RegisterReaders,
        [Permission.EditAiSystem] = Role.SystemOwner,
        [Permission.MoveLifecycle] = Role.SystemOwner,
        [Permission.DecideLifecycle] = Role.Executive,
        [Permission.RunScreening] = Role.SystemOwner | Role.Assessor,
        [Permission.ManageDuties] = Role.SystemOwner | Role.Executive,
        [Permission.ViewInternalRegister] = Everyone,
        [Permission.ViewAuditLog] = Role.Auditor | Role.WorksCouncil | Role.Executive,
        [Permission.ExportAuditLog] = Role.Auditor | Role.WorksCouncil,

        // Works-council consultation (issue 5, item 2: wor). The expert's reading is limited to one procedure by the use cases.
        [Permission.ViewConsultation] = RegisterReaders | Role.ExternalExpert,
        [Permission.PrepareConsultation] = Role.SystemOwner,
        [Permission.GiveCouncilPosition] = Role.WorksCouncil,
        [Permission.AnswerConsultation] = Role.SystemOwner | Role.Executive,
        [Permission.RecordConsultationMeeting] = Role.SystemOwner | Role.WorksCouncil,
        [Permission.NotifyConsultationDecision] = Role.Executive,
        [Permission.CommentConsultation] = Role.WorksCouncil | Role.ExternalExpert,
        [Permission.RecordDpiaOpinion] = Role.SystemOwner | Role.PrivacyOfficer,
    }.ToFrozenDictionary();

    /// <summary>Every role, one flag each, in declaration order.</summary>
    public static IReadOnlyList<Role> AllRoles { get; } =
        [.. Enum.GetValues<Role>().Where(r => r != Role.None)];

    /// <summary>True when any of <paramref name="roles"/> grants <paramref name="permission"/>.</summary>
    public static bool Allows(this Role roles, Permission permission) =>
        (Grants[permission] & roles) != Role.None;

    /// <summary>The roles that grant a permission.</summary>
    public static Role RolesFor(Permission permission) => Grants[permission];

    /// <summary>Splits a flags value into its single roles.</summary>
    public static IEnumerable<Role> Split(this Role roles) => AllRoles.Where(r => (roles & r) == r);
}
