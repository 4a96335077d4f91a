using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;

namespace Regie.TestKit.Workplace;

/// <summary>
/// Two occupations with task texts in the shape of the ILO task data, for storage tests that should not build the
/// analytical store. Web and end-to-end tests use the real catalogue over the shipped data.
/// </summary>
public sealed class FakeOccupationTasks : IOccupationTasks
{
    public static readonly OccupationTaskList Clerks = new("4110", "General office clerks", null, null,
    [
        new SourceTask("Prepare, copy and file documents and correspondence", TaskOrigin.Ilo, "ilo:4110:1"),
        new SourceTask("Record, prepare, sort, classify and file information", TaskOrigin.Ilo, "ilo:4110:2"),
        new SourceTask("Answer telephone calls and relay messages", TaskOrigin.Ilo, "ilo:4110:3"),
    ], "Test occupations");

    public static readonly OccupationTaskList Nurses = new("2221", "Nursing professionals", null, null,
    [
        new SourceTask("Plan and provide nursing care to patients", TaskOrigin.Ilo, "ilo:2221:1"),
        new SourceTask("Monitor patients' health and record observations", TaskOrigin.Ilo, "ilo:2221:2"),
    ], "Test occupations");

    public Task<IReadOnlyList<OccupationMatch>> SearchAsync(string text, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<OccupationMatch>>([.. new[] { Clerks, Nurses }
            .Where(o => o.IscoTitle.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(o => new OccupationMatch(o.IscoCode, o.IscoTitle, null, null)).Take(limit)]);

    public Task<OccupationTaskList?> GetTasksAsync(string iscoCode, string? escoUri, CancellationToken ct) =>
        Task.FromResult(escoUri is not null ? null : iscoCode switch
        {
            "4110" => Clerks,
            "2221" => Nurses,
            _ => null,
        });
}

/// <summary>The 21 SBI 2008 sections A–U (codes only; labels are placeholders for tests).</summary>
public sealed class FakeSectors : ISectorCatalog
{
    public Task<IReadOnlyList<Sector>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Sector>>([.. "ABCDEFGHIJKLMNOPQRSTU".Select(c => new Sector(c.ToString(), $"Sectie {c}", $"Section {c}"))]);
}
