using DuckDB.NET.Data;

namespace Regie.Data.Scenarios.SqlModel;

/// <summary>The model's SQL files (embedded resources next to this file), run in order.</summary>
internal static class SqlScripts
{
    public const string Schema = "schema.sql";
    public const string Arithmetic = "arithmetic.sql";
    public const string LawConstants = "law_constants.sql";
    public const string LawSchedules = "law_schedules.sql";
    public const string Macros = "macros.sql";

    /// <summary>The steps of one pass before the batched step, in order.</summary>
    public static IReadOnlyList<string> BeforeBatches { get; } = ["facts.sql", "spells.sql", "simple.sql", "complex_member.sql"];

    /// <summary>Returns the first household of each batch of <see cref="Batched"/>.</summary>
    public const string Batches = "batches.sql";

    /// <summary>The query run once per batch of households (the first creates <c>complex_part</c>, the others insert).</summary>
    public const string Batched = "complex_part.sql";

    /// <summary>The steps of one pass after the batched step, in order.</summary>
    public static IReadOnlyList<string> AfterBatches { get; } = ["complex_slot.sql", "income.sql"];

    public const string Statistics = "statistics.sql";

    public static string Text(string name)
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream($"{typeof(SqlScripts).Namespace}.{name}")
            ?? throw new InvalidOperationException($"The SQL resource '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The first column of every row a query returns.</summary>
    public static List<T> Column<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
            values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a script that returns DDL text (law_constants.sql, law_schedules.sql), then runs that DDL.</summary>
    public static void ExecuteGenerated(DuckDBConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Text(name);
        var ddl = command.ExecuteScalar() as string
            ?? throw new InvalidOperationException($"{name} produced no DDL: is the law loaded?");
        Execute(connection, ddl);
    }
}
