using System.Globalization;
using DuckDB.NET.Data;
using Regie.Data.Scenarios.SqlModel;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Data.Scenarios;

/// <summary>
/// The scenario engine's model written as DuckDB SQL (the files in <c>SqlModel/</c>): the yardstick of DESIGN §6,
/// which asks Regie's engine to be at least three times faster than the same model in SQL, measured in the same
/// benchmark run, and a second, independent implementation the fast engine is checked against to the cent. It
/// walks households as the fast engine does — month by month where a member is hit, one month standing for twelve
/// per run of years with the same wages elsewhere — but relationally: person-month rows, sums per household and
/// month joined back to them, aggregates per person-year and household-year. Not part of the product's run path.
/// </summary>
internal sealed class SqlEngine : IDisposable
{
    /// <summary>Member-periods per batch of the month-by-month step by default: about 2 GB of DuckDB memory each.</summary>
    public const long DefaultBatchRows = 8_000_000;

    private readonly DuckDBConnection _connection;
    private readonly SyntheticPopulation _pop;
    private readonly LawSnapshot _law;
    private readonly CompiledEngineLaw _engineLaw;
    private readonly string _spill;
    private readonly long _batchRows;

    private SqlEngine(DuckDBConnection connection, SyntheticPopulation pop, LawSnapshot law, string spill, long batchRows)
    {
        _connection = connection;
        _pop = pop;
        _law = law;
        _engineLaw = new CompiledEngineLaw(law.Compile());
        _spill = spill;
        _batchRows = batchRows;
    }

    /// <summary>An in-memory DuckDB database holding the population and the law, ready to run passes.</summary>
    /// <param name="pop">The population.</param>
    /// <param name="law">The law in force on the scenario's law date.</param>
    /// <param name="memoryLimit">DuckDB's memory limit (e.g. "8GB"); beyond it DuckDB spills to a temporary folder.</param>
    /// <param name="batchRows">Member-periods per batch of the month-by-month step.</param>
    public static SqlEngine Open(SyntheticPopulation pop, LawSnapshot law, string memoryLimit = "8GB", long batchRows = DefaultBatchRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchRows);
        var spill = Path.Combine(Path.GetTempPath(), $"regie-sql-{Guid.NewGuid():N}");
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var engine = new SqlEngine(connection, pop, law, spill, batchRows);
        SqlScripts.Execute(connection, string.Create(CultureInfo.InvariantCulture,
            $"SET memory_limit = '{memoryLimit}'; SET temp_directory = '{spill}'; SET preserve_insertion_order = false;"));
        SqlScripts.Execute(connection, SqlScripts.Text(SqlScripts.Schema));
        PopulationTables.Write(connection, pop);
        LawTables.Write(connection, law, pop);
        SqlScripts.Execute(connection, SqlScripts.Text(SqlScripts.Arithmetic));
        SqlScripts.ExecuteGenerated(connection, SqlScripts.LawConstants);
        SqlScripts.ExecuteGenerated(connection, SqlScripts.LawSchedules);
        SqlScripts.Execute(connection, SqlScripts.Text(SqlScripts.Macros));
        return engine;
    }

    /// <summary>
    /// One draw as <see cref="ScenarioRunner"/> takes it: the static baseline (one year), the shock allocation of the
    /// draw's seed (in C#, <see cref="ShockAllocator"/>), and the scenario over the horizon, with the statistics.
    /// </summary>
    public SqlDraw RunDraw(ScenarioSpec spec, OccupationExposure exposure, int draw)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var baseline = RunPass(new RunContext(_pop, spec with { HorizonYears = 1 }, _engineLaw, null, spec.Seed), null)[0];
        var seed = RandomStreams.SeedOf(spec.Seed, draw);
        var plan = ShockAllocator.Allocate(_pop, spec, exposure, seed);
        var scenario = RunPass(new RunContext(_pop, spec, _engineLaw, plan, seed), baseline.PovertyLine);
        return new SqlDraw(baseline, scenario);
    }

    /// <summary>One pass over the population (a null plan in the context is the baseline).</summary>
    /// <param name="ctx">Population, scenario, plan and seed; its law must be <see cref="Open"/>'s.</param>
    /// <param name="anchoredLine">The baseline's poverty line, or null to anchor at the pass's own.</param>
    /// <param name="stepDone">Called with the name of each step (inputs, then each SQL file) as it finishes, for profiling.</param>
    public IReadOnlyList<SqlYear> RunPass(RunContext ctx, double? anchoredLine, Action<string>? stepDone = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (!ReferenceEquals(ctx.Pop, _pop) || ctx.Spec.LawDate != _law.LawDate)
            throw new ArgumentException("The pass must run on the population and law date the engine was opened with.", nameof(ctx));
        PassTables.Write(_connection, ctx, anchoredLine);
        stepDone?.Invoke("pass inputs (C#)");
        Run(SqlScripts.BeforeBatches, stepDone);
        RunBatches();
        stepDone?.Invoke(SqlScripts.Batched);
        Run(SqlScripts.AfterBatches, stepDone);
        var years = ReadYears();
        stepDone?.Invoke(SqlScripts.Statistics);
        return years;
    }

    /// <summary>Every household's income in every year of the last pass, by year then household.</summary>
    public IReadOnlyList<SqlIncome> Incomes()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT y, h, disposable, standardised FROM income ORDER BY y, h";
        using var reader = command.ExecuteReader();
        var incomes = new List<SqlIncome>();
        while (reader.Read())
            incomes.Add(new SqlIncome(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetDouble(3)));
        return incomes;
    }

    public void Dispose()
    {
        _connection.Dispose();
        if (Directory.Exists(_spill))
            Directory.Delete(_spill, recursive: true);
    }

    private void Run(IReadOnlyList<string> steps, Action<string>? stepDone)
    {
        foreach (var step in steps)
        {
            SqlScripts.Execute(_connection, SqlScripts.Text(step));
            stepDone?.Invoke(step);
        }
    }

    // The month-by-month step one batch of households at a time (see batches.sql); at least one batch, so the table exists.
    private void RunBatches()
    {
        SqlScripts.Execute(_connection, string.Create(CultureInfo.InvariantCulture, $"SET VARIABLE batch_rows = {_batchRows};"));
        var lows = SqlScripts.Column<int>(_connection, SqlScripts.Text(SqlScripts.Batches));
        if (lows.Count == 0)
            lows.Add(0);
        var query = SqlScripts.Text(SqlScripts.Batched);
        for (var b = 0; b < lows.Count; b++)
        {
            var high = b + 1 < lows.Count ? lows[b + 1] : int.MaxValue;
            SqlScripts.Execute(_connection, string.Create(CultureInfo.InvariantCulture,
                $"SET VARIABLE batch_low = {lows[b]}; SET VARIABLE batch_high = {high};\n{(b == 0 ? "CREATE OR REPLACE TEMP TABLE complex_part AS" : "INSERT INTO complex_part")}\n{query}"));
        }
    }

    private List<SqlYear> ReadYears()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = SqlScripts.Text(SqlScripts.Statistics);
        using var reader = command.ExecuteReader();
        var years = new List<SqlYear>();
        while (reader.Read())
        {
            years.Add(new SqlYear(
                reader.GetInt32(0),
                reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5),
                reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9), reader.GetDouble(10),
                reader.GetDouble(11), reader.GetDouble(12), reader.GetDouble(13), reader.GetDouble(14), reader.GetDouble(15),
                reader.GetDouble(16)));
        }

        return years;
    }
}
