-- One pass, step 3: households where no benefit interacts (kind 0). Each member's month repeats twelve times, so a
-- member's year is 12 × one month and the household's year is the sum over its members, per wage class of years.
CREATE OR REPLACE TEMP TABLE simple_slot AS
WITH member_year AS (
    SELECT p.h, c.cls AS slot, p.status, p.capital, is_aow(p.age) AS aow, x.wage,
        12 * (x.wage + p.self_employment + p.pension + CASE WHEN is_aow(p.age) THEN f.aow_cents ELSE 0 END) AS taxable,
        12 * (x.wage + p.self_employment) AS labour
    FROM person p
    JOIN facts f USING (h)
    CROSS JOIN (SELECT DISTINCT cls, rep_year FROM wage_class) c
    JOIN wage_factor wf ON wf.y = c.rep_year AND wf.occupation = p.occupation
    CROSS JOIN LATERAL (SELECT CASE WHEN p.status = 1 THEN CAST(round(p.wage * wf.factor) AS BIGINT) ELSE 0 END AS wage) x
    WHERE f.kind = 0
), taxed AS (
    SELECT *, tax_cents(taxable, labour, aow) AS tax FROM member_year
)
SELECT h, slot, false AS monthly,
    CAST(sum(taxable - tax + 12 * capital) AS BIGINT) AS disposable,
    CAST(sum(tax) AS BIGINT) AS tax,
    CAST(12 * count(*) FILTER (WHERE status = 1 AND wage > 0) AS BIGINT) AS employees_in_work,
    CAST(0 AS BIGINT) AS hit_not_working,
    CAST(0 AS BIGINT) AS ww_months, CAST(0 AS BIGINT) AS ww_cents,
    CAST(0 AS BIGINT) AS tw_months, CAST(0 AS BIGINT) AS tw_cents,
    CAST(0 AS BIGINT) AS bijstand_months, CAST(0 AS BIGINT) AS bijstand_cents
FROM taxed
GROUP BY h, slot;
