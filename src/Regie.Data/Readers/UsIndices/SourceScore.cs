namespace Regie.Data.Readers.UsIndices;

/// <summary>One occupation's score in an index's native classification (SOC 2010, SOC 2018 or O*NET-SOC 2019).</summary>
internal readonly record struct SourceScore(string Code, double Score);
