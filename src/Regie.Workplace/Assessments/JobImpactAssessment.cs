using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>
/// The job impact assessment of one AI system for one worker group, in one version: how the system changes the
/// group's tasks, which Partnership on AI signals apply, the risks found and the opinions given. A change to the
/// system reopens a validated version as a new version (<see cref="AssessmentReopener"/>).
/// </summary>
public sealed class JobImpactAssessment : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid WorkerGroupId { get; init; }

    /// <summary>1 for the first assessment of the system × group, one higher for each reopened version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The instrument version the signals were answered with (<see cref="JobImpactInstrument.Version"/>).</summary>
    public required string InstrumentVersion { get; init; }

    public AssessmentStatus Status { get; set; } = AssessmentStatus.Draft;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Why this version was opened: null for the first, the system change for a reopened one.</summary>
    public string? ReopenReason { get; init; }

    /// <summary>The version that replaced this one.</summary>
    public Guid? SupersededById { get; set; }

    /// <summary>The latest comment with a review or decision move (what to fix, why refused).</summary>
    public string? LastComment { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedByMemberId { get; set; }

    public List<TaskEffect> Tasks { get; init; } = [];

    public List<SignalAnswer> Signals { get; init; } = [];

    public List<Opinion> Opinions { get; init; } = [];

    /// <summary>True while the assessor may change tasks, signals and risks.</summary>
    public bool IsEditable => Status is AssessmentStatus.Draft or AssessmentStatus.InProgress or AssessmentStatus.ToBeFixed;

    /// <summary>True while the assessment counts for the system × group (not refused or replaced).</summary>
    public bool IsCurrent => Status is not (AssessmentStatus.Refused or AssessmentStatus.Superseded);
}

/// <summary>One task of the group's job profiles and what the AI system does to it.</summary>
public sealed class TaskEffect : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AssessmentId { get; init; }

    /// <summary>The job profile task it came from; null for a task the system creates.</summary>
    public Guid? JobTaskId { get; init; }

    /// <summary>The task text as assessed (copied, so later edits of the job profile do not change the record).</summary>
    public required string Text { get; set; }

    public TaskEffectKind Effect { get; set; } = TaskEffectKind.Unchanged;

    /// <summary>Share of working time now, in percent.</summary>
    public int? TimeSharePercent { get; set; }

    /// <summary>Expected share of working time with the system, in percent.</summary>
    public int? ExpectedTimeSharePercent { get; set; }

    public string? Note { get; set; }

    public int Position { get; set; }
}

/// <summary>The answer to one signal of the instrument for the group.</summary>
public sealed class SignalAnswer : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AssessmentId { get; init; }

    /// <summary>The signal's code in the instrument (OS1…, RS1…).</summary>
    public required string Code { get; init; }

    public SignalPresence Presence { get; set; }

    public SignalDirection? Direction { get; set; }

    public string? Evidence { get; set; }

    public EvidenceSources Sources { get; set; }

    /// <summary>How likely the effect is, 1 (unlikely) to 4 (almost certain).</summary>
    public int? Likelihood { get; set; }

    /// <summary>Severity: how grave the effect is for a person, 1 to 4 (UN Guiding Principles "scale").</summary>
    public int? Scale { get; set; }

    /// <summary>Severity: how many of the group it reaches, 1 to 4 ("scope").</summary>
    public int? Scope { get; set; }

    /// <summary>Severity: how hard it is to undo, 1 to 4 ("irremediability").</summary>
    public int? Irremediability { get; set; }

    public Guid? AnsweredByMemberId { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
