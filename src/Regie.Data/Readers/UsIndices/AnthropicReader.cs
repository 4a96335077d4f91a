using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>Anthropic task coverage per O*NET-SOC 2019 occupation and the AEI tasks that matched no statement.</summary>
internal sealed record AnthropicTaskCoverage(IReadOnlyList<SourceScore> Scores, int UnmatchedTasks);

/// <summary>
/// Anthropic Economic Index (release 2025-03-27) brought to O*NET-SOC 2019 occupations: an occupation's score is
/// the share of its O*NET 29.1 task statements whose text appears in the AEI task list with a share above zero.
/// Every occupation with task statements counts, also those with none of its tasks seen (score 0).
/// </summary>
internal static class AnthropicReader
{
    public const string TasksFile = "anthropic_aei/task_pct_v2.csv";
    public const string StatementsFile = "onet/Task Statements.txt";

    public static AnthropicTaskCoverage Read(ShippedData data)
    {
        var seen = ReadSeenTasks(data, out var allTasks);
        var statements = new Dictionary<string, (int Total, int Seen)>(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        using (var csv = CsvTable.Open(data, StatementsFile, '\t', "O*NET-SOC Code", "Task"))
        {
            while (csv.Read())
            {
                var code = SocCodes.OnetSoc(csv, "O*NET-SOC Code");
                var text = TaskText.Normalise(csv.RequiredText("Task"));
                var isSeen = seen.Contains(text);
                var (total, seenCount) = statements.GetValueOrDefault(code);
                statements[code] = (total + 1, seenCount + (isSeen ? 1 : 0));
                if (allTasks.Contains(text))
                {
                    matched.Add(text);
                }
            }
        }

        var scores = statements.Select(s => new SourceScore(s.Key, (double)s.Value.Seen / s.Value.Total)).ToArray();
        return new AnthropicTaskCoverage(scores, allTasks.Count - matched.Count);
    }

    /// <summary>Normalised texts of the AEI tasks with a share above zero; <paramref name="all"/> gets every task.</summary>
    private static HashSet<string> ReadSeenTasks(ShippedData data, out HashSet<string> all)
    {
        const string name = "task_name", pct = "pct";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        all = new HashSet<string>(StringComparer.Ordinal);
        using var csv = CsvTable.Open(data, TasksFile, ',', name, pct);
        while (csv.Read())
        {
            var text = TaskText.Normalise(csv.RequiredText(name));
            var share = csv.Number(pct);
            if (share < 0)
            {
                throw csv.Error(pct, $"{share} is a negative share of conversations.");
            }

            all.Add(text);
            if (share > 0)
            {
                seen.Add(text);
            }
        }

        return seen;
    }
}
