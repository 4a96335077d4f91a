using Regie.Core.Results;
using Regie.Workplace.Assessments;
using Regie.Workplace.Consultation;
using Regie.Workplace.Literacy;
using Regie.Workplace.Measures;
using Regie.Workplace.Oversight;
using Regie.Workplace.Pulse;
using Regie.Workplace.Register;

namespace Regie.Workplace.Reports;

/// <summary>
/// Everything the reports about one AI system draw on, read through the same queries as the pages. Each part keeps
/// its own permission: a part the reader's role may not see holds the <see cref="NotAllowed"/> error, and the report
/// says so instead of leaving it out silently.
/// </summary>
/// <param name="OrganisationName">Name of the organisation.</param>
/// <param name="Register">The register row, latest screening and duties (the reader must see the register).</param>
/// <param name="WorkerGroups">Names of the organisation's worker groups by id.</param>
/// <param name="MemberNames">Display names of the members the parts mention (owners, overseers, verifiers).</param>
/// <param name="Assessments">The current assessment per worker group.</param>
/// <param name="Consultation">Procedures, worker notices and the DPIA opinion.</param>
/// <param name="Procedures">Each procedure in full, with the conditions that became measures.</param>
/// <param name="Measures">Every measure of the system (risk measures and works-council conditions).</param>
/// <param name="Pulse">The job-quality pulse dashboard (aggregates only), or null when no pulse was started.</param>
/// <param name="OversightPlan">The oversight design and assignments.</param>
/// <param name="Oversight">The oversight figures over the dashboard window.</param>
/// <param name="OverseerLiteracy">Whether each overseer meets the AI literacy level they need (a status, never a score).</param>
/// <param name="Today">The organisation's date when the report was read.</param>
public sealed record SystemReport(
    string OrganisationName,
    AiSystemDetail Register,
    IReadOnlyDictionary<Guid, string> WorkerGroups,
    IReadOnlyDictionary<Guid, string> MemberNames,
    Result<IReadOnlyList<AssessmentDetail>> Assessments,
    Result<ConsultationDossier> Consultation,
    IReadOnlyList<ProcedureView> Procedures,
    Result<IReadOnlyList<Measure>> Measures,
    Result<PulseDashboard?> Pulse,
    Result<OversightPlan> OversightPlan,
    Result<SystemOversight> Oversight,
    Result<SystemOverseersLiteracy> OverseerLiteracy,
    DateOnly Today)
{
    /// <summary>The system the report is about.</summary>
    public AiSystem System => Register.System;

    /// <summary>A member's display name, or an empty string for none.</summary>
    public string Member(Guid? id) => id is { } m && MemberNames.TryGetValue(m, out var name) ? name : "";
}
