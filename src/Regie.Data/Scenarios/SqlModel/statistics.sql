-- One pass, step 8: the distribution statistics per year over persons (household weight × size), as
-- IncomeDistribution computes them on tie groups of equal income: mean, the weighted median (the midpoint with the
-- next income where the cumulative weight lands exactly on half), the Gini with negative incomes bottom-coded at
-- 0, and the headcount below 60 % of the median (relative) and below the baseline's line (anchored).
SELECT t.*, d.mean, d.median, d.gini, d.poverty_line, d.poverty_rate, d.poverty_rate_anchored
FROM year_total t
JOIN (
    WITH tie AS (
        SELECT y, standardised AS income, sum(person_weight) AS w FROM income GROUP BY y, standardised HAVING sum(person_weight) > 0
    ), running AS (
        SELECT y, income, w,
            sum(w) OVER up AS cumulative,
            sum(w * greatest(income, 0)) OVER up AS cumulative_income,
            lead(income) OVER up AS next_income
        FROM tie
        WINDOW up AS (PARTITION BY y ORDER BY income ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    ), whole AS (
        SELECT y, sum(w) AS total, sum(w * income) AS weighted, max(cumulative_income) AS total_income,
            sum(w * (2 * cumulative_income - w * greatest(income, 0))) AS area
        FROM running GROUP BY y
    ), middle AS (
        SELECT r.y, arg_min(CASE WHEN r.cumulative = 0.5 * t.total THEN (r.income + coalesce(r.next_income, r.income)) / 2 ELSE r.income END, r.income) AS median
        FROM running r JOIN whole t USING (y)
        WHERE r.cumulative >= 0.5 * t.total
        GROUP BY r.y
    ), line AS (
        SELECT m.y, m.median, 0.6 * m.median AS poverty_line, coalesce(pass.anchored_line, 0.6 * m.median) AS anchored_line
        FROM middle m CROSS JOIN pass
    )
    SELECT w.y, w.weighted / w.total AS mean, l.median,
        CASE WHEN w.total_income > 0 THEN greatest(0.0, 1 - w.area / (w.total * w.total_income)) ELSE 0.0 END AS gini,
        l.poverty_line,
        coalesce(sum(r.w) FILTER (WHERE r.income < l.poverty_line), 0) / w.total AS poverty_rate,
        coalesce(sum(r.w) FILTER (WHERE r.income < l.anchored_line), 0) / w.total AS poverty_rate_anchored
    FROM whole w JOIN line l USING (y) JOIN running r USING (y)
    GROUP BY w.y, w.weighted, w.total, w.total_income, w.area, l.median, l.poverty_line
) d USING (y)
ORDER BY t.y;
