-- The scenario engine's model as DuckDB SQL: the tables it reads (see SqlEngine.cs).
-- Money is in whole eurocents (BIGINT); rates are fixed point × 10^9 (as CompiledLaw holds them).

-- The population, loaded once with the appender. Persons of a household are numbered head first.
CREATE TABLE household (h INTEGER NOT NULL, weight DOUBLE NOT NULL, assets BIGINT NOT NULL);
CREATE TABLE person (
    p INTEGER NOT NULL, h INTEGER NOT NULL, age INTEGER NOT NULL, role TINYINT NOT NULL, status TINYINT NOT NULL,
    occupation SMALLINT NOT NULL, wage BIGINT NOT NULL, prior_wage BIGINT NOT NULL, hours INTEGER NOT NULL, self_employment BIGINT NOT NULL,
    pension BIGINT NOT NULL, capital BIGINT NOT NULL, years_before INTEGER NOT NULL, years_since INTEGER NOT NULL);

-- The law in force on the law date: scalar parameters (whole cents, months, or fixed-point rates), the rate
-- schedules of box 1 and the labour credit (base in fixed point), and the CBS equivalence factors in use.
CREATE TABLE law_value (name VARCHAR NOT NULL, value BIGINT NOT NULL);
CREATE TABLE tax_bracket (schedule VARCHAR NOT NULL, idx INTEGER NOT NULL, lo BIGINT NOT NULL, rate BIGINT NOT NULL, base HUGEINT NOT NULL);
CREATE TABLE equivalence (adults INTEGER NOT NULL, children INTEGER NOT NULL, factor DOUBLE NOT NULL);

-- One pass (baseline or a draw's scenario): its settings and the random inputs the C# side draws for it.
CREATE TABLE pass (years INTEGER NOT NULL, hours_cut BOOLEAN NOT NULL, hours_share DOUBLE NOT NULL,
    reemployment_wage DOUBLE NOT NULL, anchored_line DOUBLE);
CREATE TABLE wage_factor (y INTEGER NOT NULL, occupation SMALLINT NOT NULL, factor DOUBLE NOT NULL);
CREATE TABLE hit (p INTEGER NOT NULL, h INTEGER NOT NULL, hit_month INTEGER NOT NULL, back INTEGER NOT NULL, claims_ww BOOLEAN NOT NULL);
CREATE TABLE claims (h INTEGER NOT NULL, tw BOOLEAN NOT NULL, bijstand BOOLEAN NOT NULL);
