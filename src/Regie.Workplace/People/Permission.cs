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

    // Works-council consultation (issue 5, item 2: wor)

    /// <summary>Read works-council procedures, worker notices and the GDPR art. 35(9) opinion (an external expert: only the procedure they are invited to).</summary>
    ViewConsultation,

    /// <summary>Prepare and send advice and consent requests and worker notices; close a procedure.</summary>
    PrepareConsultation,

    /// <summary>The works council's part: questions, expert, formal position, conditions and their verification, appeal.</summary>
    GiveCouncilPosition,

    /// <summary>Answer the works council's questions.</summary>
    AnswerConsultation,

    /// <summary>Record a consultation meeting with its minutes.</summary>
    RecordConsultationMeeting,

    /// <summary>Notify the decision, approve an expert's costs, ask for substitute consent, record a court outcome.</summary>
    NotifyConsultationDecision,

    /// <summary>Comment on a procedure (the council and its expert).</summary>
    CommentConsultation,

    /// <summary>Record whether the views of data subjects or their representatives were sought for the DPIA (GDPR art. 35(9)).</summary>
    RecordDpiaOpinion,
}
