-- Turns the rate schedules into macros, one CASE expression each; returns the DDL to execute.
-- Rounding.DivRound of a schedule row: base + rate × (x − from), in fixed point, to whole cents; below the first
-- row the first base (CompiledSchedule.Cents). Rows are tried from the highest 'from' down. The fixed-point
-- products fit BIGINT for any income below € 180 million a year; DuckDB raises an error on overflow, so a result
-- is never silently wrong (CompiledLaw uses Int128 throughout, which costs DuckDB several times more).
SELECT string_agg(ddl, chr(10) ORDER BY schedule)
FROM (
    SELECT schedule,
        'CREATE OR REPLACE MACRO schedule_' || schedule || '(x) AS CAST(CASE '
        || string_agg(printf('WHEN x >= %d THEN div_round(CAST(%s AS BIGINT) + CAST(%d AS BIGINT) * (x - %d), fixed_one()) ', lo, CAST(base AS VARCHAR), rate, lo), '' ORDER BY idx DESC)
        || printf('ELSE div_round(CAST(%s AS BIGINT), fixed_one()) END AS BIGINT);', CAST(arg_min(base, idx) AS VARCHAR)) AS ddl
    FROM tax_bracket
    GROUP BY schedule
);
