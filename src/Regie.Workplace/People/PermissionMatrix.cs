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
        Role.Overseer | Role.Employee | Role.Auditor | Role.SurveySteward;

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

        // Concerns and requests (issue 5, item 4: voice). Confidential handlers are the reviewers (HR, legal,
        // prevention officer) and the privacy officer; requests are also handled by the system's overseers, who have
        // the authority to change an outcome (AI Act Art. 14(4)(d), 26(2)). The works council and the executive see
        // the same figures (parity, note §5.5), never a case or a raiser.
        [Permission.RaiseConcern] = Everyone,
        [Permission.HandleConcerns] = Role.Reviewer | Role.PrivacyOfficer,
        [Permission.ViewConcernFigures] = Role.Reviewer | Role.PrivacyOfficer | Role.Executive | Role.WorksCouncil | Role.Auditor,
        [Permission.FileRequest] = Everyone,
        [Permission.HandleRequests] = Role.Reviewer | Role.PrivacyOfficer | Role.Overseer,
        [Permission.ViewRequestFigures] = Role.Reviewer | Role.PrivacyOfficer | Role.Overseer | Role.Executive | Role.WorksCouncil | Role.Auditor,
        // Job impact assessment and measures (issue 5, item 1): the OR sees what management sees.
        [Permission.ViewAssessments] = RegisterReaders,
        [Permission.EditAssessment] = Role.Assessor | Role.SystemOwner,
        [Permission.ReviewAssessment] = Role.Reviewer | Role.PrivacyOfficer,
        [Permission.GiveAssessmentOpinion] = Role.PrivacyOfficer | Role.WorksCouncil | Role.Reviewer,
        [Permission.DecideAssessment] = Role.Executive,
        [Permission.ViewMeasures] = RegisterReaders,
        [Permission.ManageMeasures] = Role.SystemOwner | Role.Assessor | Role.Executive,
        [Permission.VerifyMeasureAsWorksCouncil] = Role.WorksCouncil,
        // Pulse: aggregates only; the works council sees what management sees (note §5.5); the steward configures.
        [Permission.ViewPulseResults] = Role.SurveySteward | Role.WorksCouncil | Role.Executive | Role.OrgAdmin |
            Role.SystemOwner | Role.Reviewer | Role.PrivacyOfficer | Role.Auditor,
        [Permission.ManagePulse] = Role.SurveySteward,
        // Oversight in practice (issue 5 item 5). The dashboards show figures per overseer, so they stay with those who
        // answer for the system and the OR (parity, note §5.5); an overseer sees their own figures through LogOversightEvents.
        [Permission.ViewOversightDesign] = RegisterReaders,
        [Permission.ManageOversightDesign] = Role.SystemOwner,
        [Permission.LogOversightEvents] = Role.Overseer,
        [Permission.ViewOversightDashboard] = Role.SystemOwner | Role.Executive | Role.WorksCouncil | Role.Auditor,
        [Permission.ManageOversightKeys] = Role.SystemOwner,
        // Works-council consultation (issue 5, item 2: wor). The expert's reading is limited to one procedure by the use cases.
        [Permission.ViewConsultation] = RegisterReaders | Role.ExternalExpert,
        [Permission.PrepareConsultation] = Role.SystemOwner,
        [Permission.GiveCouncilPosition] = Role.WorksCouncil,
        [Permission.AnswerConsultation] = Role.SystemOwner | Role.Executive,
        [Permission.RecordConsultationMeeting] = Role.SystemOwner | Role.WorksCouncil,
        [Permission.NotifyConsultationDecision] = Role.Executive,
        [Permission.CommentConsultation] = Role.WorksCouncil | Role.ExternalExpert,
        [Permission.RecordDpiaOpinion] = Role.SystemOwner | Role.PrivacyOfficer,
        // AI literacy (issue 5, item 6: literacy). Everyone assesses themselves; the figures are counts with small numbers
        // suppressed, seen by management, HR and the OR alike (parity, note §5.5); per person only the organisation
        // administrator sees levels against the requirement (art. 4 evidence), never scores or answers; HR (reviewers)
        // records training; a system's owner sets what its overseers need (art. 26(2)).
        [Permission.AssessOwnLiteracy] = Everyone,
        [Permission.ViewLiteracyFigures] = Role.OrgAdmin | Role.Executive | Role.WorksCouncil | Role.Reviewer | Role.Auditor,
        [Permission.ViewLiteracyRecords] = Role.OrgAdmin,
        [Permission.ManageLiteracyRequirements] = Role.OrgAdmin,
        [Permission.RequireSystemLiteracy] = Role.SystemOwner,
        [Permission.RecordTraining] = Role.OrgAdmin | Role.Reviewer,
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
