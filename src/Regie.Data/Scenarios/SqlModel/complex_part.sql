-- One pass, step 5 (households of kinds 1 and 2, see complex_member.sql), one batch of households at a time
-- (batches.sql): a batch's member-months stay in memory instead of spilling tens of gigabytes to disk at full size.
-- The household-month sums each member's top-up needs (an aggregate joined back: faster in DuckDB than a window
-- over millions of two-row partitions), then the member-months grouped twice: per member and slot (the year's
-- taxable and labour income, benefit months) and, where the bijstand test applies, per household and month (the
-- other net income of the test, with each member's monthly tax).
WITH period AS (
    SELECT DISTINCT 1 AS kind, cls AS slot, rep_year AS y, rep_year * 12 AS m, 12 AS k FROM wage_class
    UNION ALL
    SELECT 2 AS kind, y AS slot, y, m, 1 AS k FROM month
), labour AS (
    SELECT c.p, c.h, c.kind, c.status, c.aow, c.capital, c.back, c.self_employment, c.pension, c.aow_cents,
        c.tw_minimum, c.claims_tw, c.claims_bijstand, c.baseline_bijstand,
        per.slot, per.m, per.k,
        c.status = 1 AND per.m >= c.hit_month AS hit_now,
        CASE
            WHEN c.status <> 1 THEN 0
            WHEN per.m < c.hit_month THEN CAST(round(c.wage * wf.factor) AS BIGINT)
            WHEN pass.hours_cut THEN CAST(round(c.wage * (1 - pass.hours_share)) AS BIGINT)
            WHEN per.m >= c.back THEN CAST(round(c.wage * pass.reemployment_wage) AS BIGINT)
            ELSE 0
        END AS earned,
        CASE
            WHEN c.status = 3 THEN c.ww_low
            WHEN c.status = 1 AND per.m >= c.hit_month AND (pass.hours_cut OR per.m < c.back)
                THEN ww_month_cents(c.ww_eligible, c.ww_months, c.high_months, c.ww_high, c.ww_low, per.m - c.hit_month + 1)
            ELSE 0
        END AS ww,
        pass.hours_cut
    FROM complex_member c
    JOIN period per ON per.kind = c.kind AND c.h >= getvariable('batch_low') AND c.h < getvariable('batch_high')
    JOIN wage_factor wf ON wf.y = per.y AND wf.occupation = c.occupation
    CROSS JOIN pass
), gross AS (
    SELECT *,
        hit_now AND NOT hours_cut AND m < back AS out_of_work,
        earned + ww + self_employment + pension + aow_cents AS gross_before,
        earned + self_employment AS work
    FROM labour
), household_month AS (
    SELECT h, m, sum(gross_before) AS household_gross, bool_or(out_of_work AND ww = 0) AS without_work
    FROM gross
    GROUP BY h, m
), topped AS (
    SELECT g.*,
        CASE WHEN g.ww > 0 AND g.claims_tw THEN greatest(0, g.tw_minimum - g.ww - greatest(0, hm.household_gross - g.gross_before)) ELSE 0 END AS top_up,
        g.baseline_bijstand OR (hm.without_work AND g.claims_bijstand) AS tested
    FROM gross g
    JOIN household_month hm USING (h, m)
), annualised AS (
    SELECT *, gross_before + top_up AS gross_month, 12 * (gross_before + top_up) AS gross_year FROM topped
), netted AS (
    -- Only where the test applies: the monthly tax is a person-year's tax on twelve times the month, over 12.
    SELECT *, CASE WHEN tested THEN gross_month - tax_cents(gross_year, 12 * work, aow) // 12 + capital END AS net_part FROM annualised
)
SELECT false AS bijstand_row, p, h, kind, slot, NULL AS m, NULL AS k,
    any_value(aow) AS aow, any_value(capital) AS capital,
    sum(gross_month * k) AS taxable,
    sum(work * k) AS labour,
    sum(k) FILTER (WHERE status = 1 AND earned > 0) AS employees_in_work,
    sum(k) FILTER (WHERE out_of_work) AS hit_not_working,
    sum(k) FILTER (WHERE ww > 0) AS ww_months,
    sum(ww * k) AS ww_cents,
    sum(k) FILTER (WHERE top_up > 0) AS tw_months,
    sum(top_up * k) AS tw_cents,
    NULL AS net, NULL AS earnings
FROM netted
GROUP BY p, h, kind, slot
UNION ALL
SELECT true, NULL, h, kind, slot, m, k, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    sum(net_part) AS net, sum(work) AS earnings
FROM netted
WHERE tested
GROUP BY h, kind, slot, m, k
