-- One pass, step 6: each household's slot (year or wage class) from its members' slots and its bijstand months:
-- the annual tax per member, disposable income, and the counts and sums behind the year totals.
CREATE OR REPLACE TEMP TABLE complex_slot AS
WITH bijstand_month AS (
    SELECT b.h, b.slot, b.k, bijstand_award(f.norm, CAST(b.net AS BIGINT), CAST(b.earnings AS BIGINT), f.assets_too_high) AS bijstand
    FROM complex_part b
    JOIN facts f USING (h)
    WHERE b.bijstand_row
), bijstand_slot AS (
    SELECT h, slot, sum(bijstand * k) AS bijstand_cents, sum(k) FILTER (WHERE bijstand > 0) AS bijstand_months
    FROM bijstand_month
    GROUP BY h, slot
), member_slot AS (
    SELECT *, tax_cents(CAST(taxable AS BIGINT), CAST(labour AS BIGINT), aow) AS tax
    FROM complex_part
    WHERE NOT bijstand_row
)
SELECT s.h, s.slot, s.kind = 2 AS monthly,
    CAST(coalesce(any_value(b.bijstand_cents), 0) + sum(s.taxable - s.tax + 12 * s.capital) AS BIGINT) AS disposable,
    CAST(sum(s.tax) AS BIGINT) AS tax,
    CAST(coalesce(sum(s.employees_in_work), 0) AS BIGINT) AS employees_in_work,
    CAST(coalesce(sum(s.hit_not_working), 0) AS BIGINT) AS hit_not_working,
    CAST(coalesce(sum(s.ww_months), 0) AS BIGINT) AS ww_months,
    CAST(sum(s.ww_cents) AS BIGINT) AS ww_cents,
    CAST(coalesce(sum(s.tw_months), 0) AS BIGINT) AS tw_months,
    CAST(sum(s.tw_cents) AS BIGINT) AS tw_cents,
    CAST(coalesce(any_value(b.bijstand_months), 0) AS BIGINT) AS bijstand_months,
    CAST(coalesce(any_value(b.bijstand_cents), 0) AS BIGINT) AS bijstand_cents
FROM member_slot s
LEFT JOIN bijstand_slot b USING (h, slot)
GROUP BY s.h, s.slot, s.kind;
