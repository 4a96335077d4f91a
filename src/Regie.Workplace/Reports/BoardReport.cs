using Regie.Core.Results;
using Regie.Workplace.Concerns;
using Regie.Workplace.Literacy;
using Regie.Workplace.Requests;

namespace Regie.Workplace.Reports;

/// <summary>
/// What the board summary draws on: a <see cref="SystemReport"/> per AI system in the register and the
/// organisation-wide figures of concerns and requests (counts only, never a case).
/// </summary>
/// <param name="OrganisationName">Name of the organisation.</param>
/// <param name="Systems">One report per AI system, by name.</param>
/// <param name="Concerns">Concern figures, or the reader's role may not see them.</param>
/// <param name="Requests">Figures of explanation and human-review requests, or the reader's role may not see them.</param>
/// <param name="Literacy">The organisation's AI literacy figures (suppressed below k people), or the role may not see them.</param>
/// <param name="Today">The organisation's date when the report was read.</param>
public sealed record BoardReport(
    string OrganisationName,
    IReadOnlyList<SystemReport> Systems,
    Result<ConcernFigures> Concerns,
    Result<RequestFigures> Requests,
    Result<LiteracyOverview> Literacy,
    DateOnly Today);
