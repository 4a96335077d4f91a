using Regie.Core.Exposure;
using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// Reads the five US exposure indices from the shipped files and brings each to ISCO-08 unit groups through the
/// shipped crosswalks (exposure-and-data.md §1–2). Scales differ between indices: never average across them.
/// </summary>
internal static class UsIndexReader
{
    /// <summary>The shipped files the US indices are read from, relative to the data folder.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        SocCrosswalks.BlsFile,
        SocCrosswalks.Onet2019File,
        SocCrosswalks.Onet2010File,
        AioeReader.AioeFile,
        AioeReader.LanguageModellingFile,
        EloundouReader.File,
        MicrosoftReader.File,
        AnthropicReader.TasksFile,
        AnthropicReader.StatementsFile,
    ];

    /// <summary>Reads all five US indices and crosswalks them to ISCO-08.</summary>
    /// <exception cref="DataFormatException">A file is missing or not in the expected format.</exception>
    public static UsIndexResult Read(ShippedData data)
    {
        var crosswalks = SocCrosswalks.Read(data);
        var anthropic = AnthropicReader.Read(data);
        IscoAggregate[] indices =
        [
            IscoAggregation.Aggregate(ExposureIndex.Aioe, AioeReader.ReadAioe(data), crosswalks.Soc2010ToIsco),
            IscoAggregation.Aggregate(ExposureIndex.LmAioe, AioeReader.ReadLanguageModelling(data), crosswalks.Soc2010ToIsco),
            IscoAggregation.Aggregate(ExposureIndex.EloundouBeta, EloundouReader.Read(data), crosswalks.OnetSoc2019ToIsco),
            IscoAggregation.Aggregate(ExposureIndex.MicrosoftApplicability, MicrosoftReader.Read(data), crosswalks.Soc2018ToIsco),
            IscoAggregation.Aggregate(ExposureIndex.AnthropicTaskCoverage, anthropic.Scores, crosswalks.OnetSoc2019ToIsco),
        ];

        var scores = indices
            .SelectMany(i => i.Scores)
            .OrderBy(s => s.Index)
            .ThenBy(s => s.Code)
            .ToArray();
        var coverage = indices.Select(i => i.Coverage).OrderBy(c => c.Index).ToArray();
        return new UsIndexResult(scores, coverage, anthropic.UnmatchedTasks);
    }
}
