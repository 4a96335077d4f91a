-- One pass, step 2: the WW entitlement of everyone who has one (CompiledLaw.WwEntitle via CompiledEngineLaw.Ww): the
-- baseline WW stock (on the wage of the job they lost, all of at least one hour lost) and hit employees who claim
-- (on their wage; all hours, or the hours cut, rounded half away).
CREATE OR REPLACE TEMP TABLE spell AS
WITH claimant AS (
    SELECT p.p, p.age, p.years_before, p.years_since,
        CASE WHEN p.status = 3 THEN p.prior_wage ELSE p.wage END AS wage,
        CASE WHEN p.status = 3 THEN greatest(1, p.hours) ELSE p.hours END AS hours,
        CASE
            WHEN p.status = 3 THEN greatest(1, p.hours)
            WHEN pass.hours_cut THEN least(p.hours, CAST(round(p.hours * pass.hours_share) AS INTEGER))
            ELSE p.hours
        END AS lost
    FROM person p
    LEFT JOIN hit t USING (p)
    CROSS JOIN pass
    WHERE p.status = 3 OR t.claims_ww
), tested AS (
    SELECT *,
        hours >= 1 AND age >= ww_min_age() AND NOT is_aow(age) AND lost > 0
        AND CASE
            WHEN CAST(hours AS BIGINT) * fixed_one() < ww_small_job_hours()
                THEN CAST(lost AS HUGEINT) * fixed_one() >= CAST(ww_small_job_share() AS HUGEINT) * hours
            ELSE CAST(lost AS BIGINT) * fixed_one() >= ww_min_hours_lost()
        END AS eligible,
        least(years_since, greatest(0, ww_full_rate_years() - years_before)) AS first_since
    FROM claimant
), paid AS (
    SELECT p, eligible,
        CASE WHEN years_before + years_since >= ww_years_condition()
            THEN least(ww_max_months(), greatest(ww_min_months(), CAST((
                CAST(ww_months_per_year() AS HUGEINT) * (years_before + first_since)
                + CAST(ww_months_per_year_reduced() AS HUGEINT) * (years_since - first_since)) // fixed_one() AS BIGINT)))
            ELSE ww_min_months()
        END AS months,
        least(CAST(div_round(CAST(12 * wage AS HUGEINT) * fixed_one(), ww_days_per_year()) AS BIGINT), ww_max_dagloon()) AS dagloon,
        lost, hours
    FROM tested
), daily AS (
    SELECT p, eligible, months,
        CASE WHEN lost < hours THEN CAST(div_round(CAST(dagloon AS HUGEINT) * lost, hours) AS BIGINT) ELSE dagloon END AS daily
    FROM paid
)
SELECT p, eligible, CAST(months AS INTEGER) AS months, CAST(ww_high_months() AS INTEGER) AS high_months,
    CAST(div_round(CAST(ww_rate_high() AS HUGEINT) * daily * ww_days_per_month(), CAST(fixed_one() AS HUGEINT) * fixed_one()) AS BIGINT) AS high,
    CAST(div_round(CAST(ww_rate_low() AS HUGEINT) * daily * ww_days_per_month(), CAST(fixed_one() AS HUGEINT) * fixed_one()) AS BIGINT) AS low
FROM daily
WHERE eligible;
