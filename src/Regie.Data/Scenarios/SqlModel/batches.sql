-- Splits the households of kinds 1 and 2 into batches of about batch_rows member-periods (a member's months, or its
-- wage classes), in household order; returns the first household of each batch.
WITH per_household AS (
    SELECT h, sum(CASE WHEN kind = 2 THEN (SELECT 12 * years FROM pass) ELSE (SELECT count(DISTINCT cls) FROM wage_class) END) AS periods
    FROM complex_member
    GROUP BY h
), running AS (
    SELECT h, sum(periods) OVER (ORDER BY h ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before FROM per_household
)
SELECT min(h) AS low
FROM running
GROUP BY coalesce(before, 0) // getvariable('batch_rows')
ORDER BY low;
