namespace Regie.Workplace.JobProfiles;

/// <summary>The shipped occupation data a job profile starts from (implemented over the analytical store).</summary>
public interface IOccupationTasks
{
    /// <summary>Finds ISCO-08 unit groups and ESCO occupations by title, in Dutch or English.</summary>
    Task<IReadOnlyList<OccupationMatch>> SearchAsync(string text, int limit, CancellationToken ct);

    /// <summary>The occupation's starting tasks, or null when the ISCO code is not a known unit group.</summary>
    Task<OccupationTaskList?> GetTasksAsync(string iscoCode, string? escoUri, CancellationToken ct);
}

/// <summary>An occupation found by a search.</summary>
public sealed record OccupationMatch(string IscoCode, string IscoTitle, string? EscoUri, string? EscoLabel);

/// <summary>The tasks an occupation starts with, with the source they come from.</summary>
public sealed record OccupationTaskList(
    string IscoCode,
    string IscoTitle,
    string? EscoUri,
    string? EscoLabel,
    IReadOnlyList<SourceTask> Tasks,
    string Source);

/// <summary>A task text from the shipped data.</summary>
public sealed record SourceTask(string Text, TaskOrigin Origin, string SourceRef);
