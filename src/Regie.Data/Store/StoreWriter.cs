using DuckDB.NET.Data;
using Regie.Core.Exposure;
using Regie.Core.Reference;

namespace Regie.Data.Store;

/// <summary>Writes <see cref="ReferenceData"/> into a new DuckDB file with appenders.</summary>
internal static class StoreWriter
{
    public static IReadOnlyDictionary<string, long> Write(string path, ReferenceData r)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = StoreSchema.Ddl;
            command.ExecuteNonQuery();
        }

        Append(connection, "build_info", [r.Version], (row, v) => row
            .AppendValue(v.ContentHash).AppendValue(v.BuiltAt).AppendValue(v.BuilderVersion)
            .AppendValue(r.Periods.Employment).AppendValue(r.Periods.Comparison).AppendValue(r.Periods.Pay));
        Append(connection, "sources", r.Sources, (row, s) => row
            .AppendValue(s.Id).AppendValue(s.Title).AppendValue(s.Publisher).AppendValue(s.Table).AppendValue(s.Period)
            .AppendValue(s.Files.ToList()).AppendValue(s.Origin).AppendValue(s.Licence).AppendValue(s.Attribution).AppendValue(s.Url));
        Append(connection, "disclaimers", r.Disclaimers.OrderBy(d => d.Key, StringComparer.Ordinal), (row, d) => row
            .AppendValue(d.Key).AppendValue(d.Value));
        Append(connection, "brc_groups", r.BrcGroups, (row, g) => row
            .AppendValue(g.Code.Value).AppendValue(g.Title).AppendValue(g.SegmentCode.Value).AppendValue(g.Segment)
            .AppendValue(g.ClassCode.Value).AppendValue(g.Class));
        Append(connection, "isco_groups", r.IscoGroups, (row, g) => row.AppendValue(g.Code.Value).AppendValue(g.TitleEn));
        Append(connection, "unit_groups", r.UnitGroups, (row, u) => row
            .AppendValue(u.Code.Value).AppendValue(u.TitleEn).AppendValue(u.TitleNl).AppendValue(u.Brc.Value)
            .AppendValue(u.SkillLevel).AppendValue(u.IsResidual));
        Append(connection, "ilo_scores", r.IloScores, (row, s) => row
            .AppendValue(s.Code.Value).AppendValue(s.Mean2025).AppendValue(s.Sd2025).AppendValue(s.Class2025.Id())
            .AppendValue(s.Mean2023).AppendValue(s.Sd2023).AppendValue(s.Class2023?.Id()));
        Append(connection, "ilo_tasks", r.IloTasks, (row, t) => row
            .AppendValue(t.Code.Value).AppendValue(t.TaskId).AppendValue(t.Text).AppendValue(t.Score2025).AppendValue(t.Score2023));
        Append(connection, "index_scores", r.IndexScores, (row, s) => row
            .AppendValue(ExposureIndexInfo.Of(s.Index).Id).AppendValue(s.Code.Value).AppendValue(s.Score).AppendValue(s.LinkedOccupations));
        Append(connection, "esco_occupations", r.EscoOccupations, (row, o) => row
            .AppendValue(o.Uri).AppendValue(o.Code).AppendValue(o.IscoGroup.Value).AppendValue(o.LabelNl).AppendValue(o.LabelEn)
            .AppendValue(o.DescriptionNl));
        Append(connection, "brc_employment", r.Employment, (row, e) => row
            .AppendValue(e.Code.Value).AppendValue(e.Employed).AppendValue(e.EmployedComparison).AppendValue(e.GrowthPercent)
            .AppendValue(e.WomenShare).AppendValue(e.HigherEducationShare).AppendValue(e.MedianHourlyPay)
            .AppendValue(e.PayP25).AppendValue(e.PayP75).AppendValue(e.EmployeesInPayData));
        Append(connection, "sector_employment", r.SectorEmployment, (row, s) => row
            .AppendValue(s.Section).AppendValue(s.MajorGroup.Value).AppendValue(s.Year).AppendValue(s.Thousands));
        Append(connection, "sector_earnings", r.SectorEarnings, (row, s) => row
            .AppendValue(s.Section).AppendValue(s.MajorGroup.Value).AppendValue(s.Year).AppendValue(s.MeanHourlyEur));
        Append(connection, "submajor_employment", r.SubMajorEmployment, (row, s) => row
            .AppendValue(s.SubMajorGroup.Value).AppendValue(s.Year).AppendValue(s.AgeGroup).AppendValue(s.Thousands)
            .AppendValue(s.LowReliability).AppendValue(s.BreakInSeries));
        Append(connection, "nace_sections", r.Sections, (row, s) => row
            .AppendValue(s.Code).AppendValue(s.LabelNl).AppendValue(s.LabelEn));

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
        }

        return StoreSchema.Tables.ToDictionary(t => t, t => Count(connection, t), StringComparer.Ordinal);
    }

    private static void Append<T>(DuckDBConnection connection, string table, IEnumerable<T> rows, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> write)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var item in rows)
        {
            write(appender.CreateRow(), item).EndRow();
        }
    }

    internal static long Count(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
