using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.JobProfiles;

/// <summary>
/// A job as the organisation knows it, linked to an ISCO-08 unit group (and optionally one ESCO occupation) so that
/// it starts from that occupation's task list in the shipped data; the organisation then edits the tasks.
/// </summary>
public sealed class JobProfile : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Title { get; set; }

    /// <summary>ISCO-08 unit group (four digits).</summary>
    public required string IscoCode { get; set; }

    /// <summary>ESCO occupation URI, when one was chosen.</summary>
    public string? EscoUri { get; set; }

    public Guid? WorkerGroupId { get; set; }

    public List<JobTask> Tasks { get; init; } = [];
}

/// <summary>One task of a job profile.</summary>
public sealed class JobTask : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid JobProfileId { get; init; }

    public required string Text { get; set; }

    /// <summary>Where the task text came from: the shipped data or the organisation itself.</summary>
    public TaskOrigin Origin { get; set; }

    /// <summary>Identifier of the task in its source (ILO task id, ESCO URI), when it came from one.</summary>
    public string? SourceRef { get; init; }

    /// <summary>Share of working time, in percent (0–100), when the organisation estimated it.</summary>
    public int? TimeSharePercent { get; set; }

    public int Position { get; set; }
}

/// <summary>Where a task text came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskOrigin>))]
public enum TaskOrigin
{
    /// <summary>ILO 2025 task-level exposure data (ISCO-08 unit group tasks).</summary>
    Ilo = 1,

    /// <summary>ESCO occupation (description or essential skill).</summary>
    Esco = 2,

    /// <summary>Written or edited by the organisation.</summary>
    Organisation = 3,
}
