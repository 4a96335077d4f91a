using System.Globalization;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>
/// Reads the ILO 2025 workbook (Gmyrek et al., WP 140): task scores and the occupation-level means, SDs and
/// published classes (2025 and 2023), which are repeated on every task row of an occupation.
/// </summary>
internal static class IloWorkbookReader
{
    public const string File = "ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx";

    public static (IReadOnlyList<IloScore> Scores, IReadOnlyList<IloTask> Tasks) Read(ShippedData data)
    {
        var sheet = Sheet.Read(data, File, sheetName: null).Require(
            "ISCO_08", "taskID", "Task_ISCO", "score_2023", "score_2025",
            "mean_score_2023", "mean_score_2025", "SD_2023", "SD_2025", "potential25", "potential23");
        var scores = new SortedDictionary<IscoCode, IloScore>();
        var tasks = new List<IloTask>();
        foreach (var row in sheet.Rows)
        {
            var codeText = row.Text("ISCO_08");
            if (codeText is null)
            {
                continue;
            }

            var code = ParseCode(row, codeText);
            if (!scores.ContainsKey(code))
            {
                scores[code] = ReadOccupation(row, code);
            }

            // The shipped copy has one task row with an empty Task_ISCO (SOURCES.md); it carries no task.
            var text = row.Text("Task_ISCO");
            if (text is null)
            {
                continue;
            }

            tasks.Add(new IloTask(
                code,
                (int)row.Number("taskID"),
                text,
                Score(row, "score_2025"),
                row.NumberOrNull("score_2023")));
        }

        return (scores.Values.ToList(), tasks.OrderBy(t => t.Code).ThenBy(t => t.TaskId).ToList());
    }

    private static IloScore ReadOccupation(SheetRow row, IscoCode code)
    {
        var label25 = row.RequiredText("potential25");
        if (!IloClassLabels.TryParse2025(label25, out var class25))
        {
            throw row.Error("potential25", $"'{label25}' is not an ILO 2025 class label.");
        }

        Ilo2023Class? class23 = null;
        if (row.Text("potential23") is { } label23)
        {
            class23 = IloClassLabels.TryParse2023(label23, out var parsed)
                ? parsed
                : throw row.Error("potential23", $"'{label23}' is not an ILO 2023 class label.");
        }

        return new IloScore(
            code,
            Score(row, "mean_score_2025"),
            row.Number("SD_2025"),
            class25,
            row.NumberOrNull("mean_score_2023"),
            row.NumberOrNull("SD_2023"),
            class23);
    }

    private static double Score(SheetRow row, string column)
    {
        var value = row.Number(column);
        return value is >= 0 and <= 1 ? value : throw row.Error(column, $"{value.ToString(CultureInfo.InvariantCulture)} is outside 0–1.");
    }

    private static IscoCode ParseCode(SheetRow row, string text)
    {
        // Excel stores the code as a number, so 0110 arrives as "110".
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 9999)
        {
            return IscoCode.UnitGroupFromNumber(number);
        }

        return IscoCode.TryParse(text, out var code) && code.Level == 4
            ? code
            : throw row.Error("ISCO_08", $"'{text}' is not a 4-digit ISCO-08 unit group.");
    }
}
