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

    // Concerns and requests (issue 5, item 4: voice) — appended in one block, values never change.

    /// <summary>Raise a concern by name (anonymous concerns need no permission and no account).</summary>
    RaiseConcern,

    /// <summary>Confidential handler: read concerns and their messages, investigate, answer, check for reprisals.</summary>
    HandleConcerns,

    /// <summary>See the numbers of concerns per category and status (never a case or a raiser).</summary>
    ViewConcernFigures,

    /// <summary>Ask for an explanation (AI Act Art. 86) or a human review of a decision about oneself.</summary>
    FileRequest,

    /// <summary>Acknowledge, review and answer requests for explanation or human review.</summary>
    HandleRequests,

    /// <summary>See the numbers of requests per kind, status and outcome, and how many are overdue.</summary>
    ViewRequestFigures,

    // Job impact assessment and measures (issue 5, item 1).

    /// <summary>See job impact assessments, their risks and opinions.</summary>
    ViewAssessments,

    /// <summary>Start and fill in job impact assessments: tasks, signals, risks; submit them for review.</summary>
    EditAssessment,

    /// <summary>Review an assessment: send it back for fixes or pass it on for opinions.</summary>
    ReviewAssessment,

    /// <summary>Give the formal opinion of the privacy officer, the works council or the prevention officer.</summary>
    GiveAssessmentOpinion,

    /// <summary>Validate or refuse an assessment once the opinions are in.</summary>
    DecideAssessment,

    /// <summary>See measures.</summary>
    ViewMeasures,

    /// <summary>Create measures, assign owners and due dates, and move them along.</summary>
    ManageMeasures,

    /// <summary>Verify, as the works council, a measure that needs the works council's verification.</summary>
    VerifyMeasureAsWorksCouncil,

    // Pulse (issue 5 item 3): the anonymous job-quality pulse.

    /// <summary>See the pulse results: suppressed aggregates per worker group and wave, changes and flags.</summary>
    ViewPulseResults,

    /// <summary>Configure pulse surveys: waves, anonymous links, k and thresholds.</summary>
    ManagePulse,

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

    // AI literacy (issue 5, item 6: literacy, AI Act art. 4) — appended in one block, values never change.

    /// <summary>Take the AI literacy self-assessment for oneself, see one's own profile and gaps, record one's own training.</summary>
    AssessOwnLiteracy,

    /// <summary>See the literacy figures of the organisation and its worker groups (counts only, small numbers suppressed).</summary>
    ViewLiteracyFigures,

    /// <summary>See per person the level reached per competence against the requirement, and their training (never scores or answers): art. 4 evidence.</summary>
    ViewLiteracyRecords,

    /// <summary>Set the level of AI literacy each role requires.</summary>
    ManageLiteracyRequirements,

    /// <summary>Set the level an AI system requires of its overseers (art. 26(2)).</summary>
    RequireSystemLiteracy,

    /// <summary>Record and remove training for any member, and see the training records (HR).</summary>
    RecordTraining,
}
