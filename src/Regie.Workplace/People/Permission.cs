using System.Text.Json.Serialization;
namespace Regie.Workplace.People;

/// <summary>Something a member may do in an organisation; <see cref="PermissionMatrix"/> grants them to roles.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Permission>))]
public enum Permission
{
    /// <summary>See the organisation's name and one's own membership.</summary>
    ViewOrganisation,

    /// <summary>Change the organisation, its units and worker groups.</summary>
    ManageOrganisation,

    /// <summary>See units, worker groups and job profiles.</summary>
    ViewStructure,

    /// <summary>Create and edit job profiles and their tasks.</summary>
    ManageJobProfiles,

    /// <summary>See members, their e-mail addresses and roles.</summary>
    ViewMembers,

    /// <summary>Invite people, change roles, remove members.</summary>
    ManageMembers,

    /// <summary>See the full AI register: every field, screening and duty.</summary>
    ViewRegister,

    /// <summary>Register AI systems and edit them.</summary>
    EditAiSystem,

    /// <summary>Move an AI system through the lifecycle steps before the decision.</summary>
    MoveLifecycle,

    /// <summary>Take the decision steps: decide, start the pilot, go live, suspend, decommission.</summary>
    DecideLifecycle,

    /// <summary>Run the AI Act screening.</summary>
    RunScreening,

    /// <summary>Assign, date and complete the deployer duties that follow from a screening.</summary>
    ManageDuties,

    /// <summary>See the internal AI register in plain language.</summary>
    ViewInternalRegister,

    /// <summary>Read the audit log.</summary>
    ViewAuditLog,

    /// <summary>Export the audit log as CSV.</summary>
    ExportAuditLog,

    // --- Oversight in practice and AI literacy (issue 5 items 5 and 6) ---

    /// <summary>See the oversight design of the AI systems (capabilities, model, staffing, authority).</summary>
    ViewOversightDesign,

    /// <summary>Write the oversight design of an AI system and its overseers' assignments.</summary>
    ManageOversightDesign,

    /// <summary>Post oversight events for a system one is an assigned overseer of.</summary>
    LogOversightEvents,

    /// <summary>See the oversight dashboards: override rates, review times and flags per system and per overseer.</summary>
    ViewOversightDashboard,

    /// <summary>Create and revoke the API keys through which AI systems post oversight events.</summary>
    ManageOversightKeys,
}
