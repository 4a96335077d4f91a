using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Workplace.JobProfiles;

namespace Regie.Workplace.JobProfiles.Catalog;

/// <summary>
/// The task lists job profiles start from, read from the analytical store: the ILO 2025 tasks of an ISCO-08 unit
/// group and, when an ESCO occupation is chosen, its ESCO v1.2 Dutch description. Titles and labels are the Dutch
/// ones (CBS unit group titles, ESCO nl labels); the search also matches the English titles and labels.
/// </summary>
/// <remarks>
/// <see cref="GetTasksAsync"/> gives null for anything that does not name one occupation in the data: a code that
/// is not a 4-digit ISCO-08 unit group (CBS residual codes included), an unknown ESCO URI, or an ESCO occupation of
/// another unit group. A unit group the ILO did not score (e.g. 0110, armed forces) has no ILO tasks: its list is
/// empty apart from the ESCO description.
/// </remarks>
internal sealed class OccupationTasks(IReferenceDataSource source) : IOccupationTasks
{
    private OccupationCatalog? _catalog;

    public async Task<IReadOnlyList<OccupationMatch>> SearchAsync(string text, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var catalog = await CatalogAsync(ct);
        return OccupationSearch.Find(catalog.Entries, text, limit);
    }

    public async Task<OccupationTaskList?> GetTasksAsync(string iscoCode, string? escoUri, CancellationToken ct)
    {
        var catalog = await CatalogAsync(ct);
        if (!IscoCode.TryParse(iscoCode, out var code) || !catalog.UnitGroups.TryGetValue(code, out var unit))
        {
            return null;
        }

        List<SourceTask> tasks = [.. unit.Tasks.Select(t => new SourceTask(t.Text, TaskOrigin.Ilo, IloRef(t)))];
        if (string.IsNullOrWhiteSpace(escoUri))
        {
            return new OccupationTaskList(unit.Code.Value, unit.Title, null, null, tasks, catalog.IloAttribution);
        }

        if (!catalog.Esco.TryGetValue(escoUri.Trim(), out var occupation) || occupation.IscoGroup != unit.Code)
        {
            return null;
        }

        if (occupation.DescriptionNl is { } description)
        {
            tasks.Add(new SourceTask(description, TaskOrigin.Esco, occupation.Uri));
        }

        return new OccupationTaskList(
            unit.Code.Value, unit.Title, occupation.Uri, occupation.LabelNl, tasks, $"{catalog.IloAttribution}; {catalog.EscoAttribution}");
    }

    /// <summary>
    /// The ILO numbers tasks within each unit group (taskID 1, 2, … in the workbook), so a task is known by the
    /// source, the unit group and that number: "ilo-2025:2512:3".
    /// </summary>
    private static string IloRef(IloTask task) => $"{OccupationCatalog.IloSourceId}:{task.Code.Value}:{task.TaskId}";

    private async Task<OccupationCatalog> CatalogAsync(CancellationToken ct)
    {
        // The source loads the store once per process; the index is built once per loaded data set. Two first
        // callers may both build it; the data is immutable, so either result is the same.
        var reference = await source.LoadAsync(ct);
        var catalog = Volatile.Read(ref _catalog);
        if (catalog is null || !ReferenceEquals(catalog.Reference, reference))
        {
            catalog = OccupationCatalog.Build(reference);
            Volatile.Write(ref _catalog, catalog);
        }

        return catalog;
    }
}
