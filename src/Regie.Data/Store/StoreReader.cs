using System.Data.Common;
using DuckDB.NET.Data;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Provenance;
using Regie.Core.Reference;

namespace Regie.Data.Store;

/// <summary>Loads <see cref="ReferenceData"/> from a built DuckDB store.</summary>
internal static class StoreReader
{
    public static string? ReadContentHash(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT content_hash || '/' || builder_version FROM build_info";
            return command.ExecuteScalar() as string;
        }
        catch (DuckDBException)
        {
            return null; // An unreadable or older store is rebuilt.
        }
    }

    public static ReferenceData Read(string path)
    {
        using var connection = Open(path);
        var (version, periods) = Single(connection, "SELECT * FROM build_info", r => (
            new DataVersion(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2)),
            new EmploymentPeriods(r.GetString(3), r.GetString(4), r.GetString(5))));
        return new ReferenceData(
            version,
            periods,
            Query(connection, "SELECT * FROM isco_groups ORDER BY code", r => new IscoGroup(IscoCode.Parse(r.GetString(0)), r.GetString(1))),
            Query(connection, "SELECT * FROM unit_groups ORDER BY code", r => new UnitGroup(
                IscoCode.Parse(r.GetString(0)), NullableString(r, 1), r.GetString(2), BrcCode.Parse(r.GetString(3)), r.GetInt32(4), r.GetBoolean(5))),
            Query(connection, "SELECT * FROM brc_groups ORDER BY code", r => new BrcGroup(
                BrcCode.Parse(r.GetString(0)), r.GetString(1), BrcCode.Parse(r.GetString(2)), r.GetString(3), BrcCode.Parse(r.GetString(4)), r.GetString(5))),
            Query(connection, "SELECT * FROM ilo_scores ORDER BY code", r => new IloScore(
                IscoCode.Parse(r.GetString(0)), r.GetDouble(1), r.GetDouble(2), Class2025(r.GetString(3)),
                NullableDouble(r, 4), NullableDouble(r, 5), NullableString(r, 6) is { } c23 ? Class2023(c23) : null)),
            Query(connection, "SELECT * FROM ilo_tasks ORDER BY code, task_id", r => new IloTask(
                IscoCode.Parse(r.GetString(0)), r.GetInt32(1), r.GetString(2), r.GetDouble(3), NullableDouble(r, 4))),
            Query(connection, "SELECT * FROM index_scores ORDER BY index_id, code", r => new IndexScore(
                Index(r.GetString(0)), IscoCode.Parse(r.GetString(1)), r.GetDouble(2), r.GetInt32(3))).OrderBy(s => s.Index).ThenBy(s => s.Code).ToList(),
            Query(connection, "SELECT * FROM esco_occupations ORDER BY isco, code", r => new EscoOccupation(
                r.GetString(0), r.GetString(1), IscoCode.Parse(r.GetString(2)), r.GetString(3), NullableString(r, 4), NullableString(r, 5))),
            Query(connection, "SELECT * FROM brc_employment ORDER BY code", r => new BrcEmployment(
                BrcCode.Parse(r.GetString(0)), NullableLong(r, 1), NullableLong(r, 2), NullableDouble(r, 3), NullableDouble(r, 4),
                NullableDouble(r, 5), NullableDouble(r, 6), NullableDouble(r, 7), NullableDouble(r, 8), NullableLong(r, 9))),
            Query(connection, "SELECT * FROM sector_employment ORDER BY year, section, major_group", r => new SectorEmployment(
                r.GetString(0), IscoCode.Parse(r.GetString(1)), r.GetInt32(2), NullableDouble(r, 3))),
            Query(connection, "SELECT * FROM sector_earnings ORDER BY year, section, major_group", r => new SectorEarnings(
                r.GetString(0), IscoCode.Parse(r.GetString(1)), r.GetInt32(2), NullableDouble(r, 3))),
            Query(connection, "SELECT * FROM submajor_employment ORDER BY year, age_group, sub_major_group", r => new SubMajorEmployment(
                IscoCode.Parse(r.GetString(0)), r.GetInt32(1), r.GetString(2), NullableDouble(r, 3), r.GetBoolean(4), r.GetBoolean(5))),
            Query(connection, "SELECT * FROM nace_sections ORDER BY code", r => new NaceSection(r.GetString(0), r.GetString(1), r.GetString(2))),
            Query(connection, "SELECT * FROM sources ORDER BY id", r => new SourceInfo(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4),
                r.GetFieldValue<List<string>>(5), r.GetString(6), r.GetString(7), r.GetString(8), NullableString(r, 9))),
            Query(connection, "SELECT * FROM disclaimers ORDER BY id", r => (Id: r.GetString(0), Text: r.GetString(1)))
                .ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal));
    }

    private static DuckDBConnection Open(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    private static List<T> Query<T>(DuckDBConnection connection, string sql, Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static T Single<T>(DuckDBConnection connection, string sql, Func<DbDataReader, T> map) =>
        Query(connection, sql, map) is [var only] ? only : throw new InvalidOperationException($"Expected one row from: {sql}");

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static long? NullableLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static ExposureIndex Index(string id) =>
        ExposureIndexInfo.TryFind(id, out var info) ? info.Index : throw new InvalidOperationException($"Unknown index id '{id}' in the store.");

    private static IloClass Class2025(string id) =>
        IloClassLabels.All2025.First(c => c.Id() == id);

    private static Ilo2023Class Class2023(string id) =>
        IloClassLabels.All2023.First(c => c.Id() == id);
}
