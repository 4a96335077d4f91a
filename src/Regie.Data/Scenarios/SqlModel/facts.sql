-- One pass, step 1: what the rules need to know about each household (HouseholdFacts), the pass's calendar, and how
-- finely each household must be walked: 'simple' households (no hit, no WW, no baseline bijstand) and 'yearly' ones
-- (WW or bijstand but no hit) are computed once per wage class of years (a run of years with the same wage factors
-- repeats exactly) for a month standing for twelve; 'monthly' households (a member is hit) month by month.

CREATE OR REPLACE TEMP TABLE month AS
SELECT CAST(m // 12 AS INTEGER) AS y, CAST(m AS INTEGER) AS m
FROM range(0, (SELECT years * 12 FROM pass)) t(m);

CREATE OR REPLACE TEMP TABLE wage_class AS
WITH factors AS (
    SELECT y, list(factor ORDER BY occupation) AS f FROM wage_factor GROUP BY y
), marked AS (
    SELECT y, CASE WHEN f IS NOT DISTINCT FROM lag(f) OVER (ORDER BY y) THEN 0 ELSE 1 END AS starts FROM factors
), numbered AS (
    SELECT y, CAST(sum(starts) OVER (ORDER BY y) AS INTEGER) AS cls FROM marked
)
SELECT y, cls, CAST(min(y) OVER (PARTITION BY cls) AS INTEGER) AS rep_year FROM numbered;

-- Where a household's results land: a wage class stands for each of its years, a monthly household's slot is its year.
CREATE OR REPLACE TEMP TABLE slot_year AS
SELECT cls AS slot, false AS monthly, y FROM wage_class
UNION ALL
SELECT y AS slot, true AS monthly, y FROM wage_class;

CREATE OR REPLACE TEMP TABLE facts AS
WITH made_up AS (
    SELECT h,
        CAST(count(*) AS INTEGER) AS size,
        min(p) AS head,
        arg_min(age, p) AS head_age,
        bool_or(role = 1) AS couple,
        coalesce(arg_max(age, p) FILTER (WHERE role = 1), 0) AS partner_age,
        CAST(count(*) FILTER (WHERE age >= 21) AS INTEGER) AS sharers,
        CAST(count(*) FILTER (WHERE role = 2 AND age < 18) AS INTEGER) AS children,
        bool_or(status = 4) AS baseline_bijstand,
        bool_or(status = 3) AS has_ww
    FROM person
    GROUP BY h
), hit_household AS (
    SELECT DISTINCT h FROM hit
)
SELECT m.h, m.head, hh.weight, hh.weight * m.size AS person_weight, e.factor,
    CASE WHEN x.h IS NOT NULL THEN 2 WHEN m.has_ww OR m.baseline_bijstand THEN 1 ELSE 0 END AS kind,
    m.couple, m.baseline_bijstand,
    CASE WHEN m.couple THEN aow_couple() ELSE aow_single() END AS aow_cents,
    tw_minimum(m.couple, NOT m.couple AND m.children > 0) AS tw_minimum,
    bijstand_norm(m.couple, m.head_age, m.partner_age, greatest(CASE WHEN m.couple THEN 2 ELSE 1 END, m.sharers)) AS norm,
    hh.assets > CASE WHEN m.couple OR m.children > 0 THEN bijstand_assets_family() ELSE bijstand_assets_single() END AS assets_too_high,
    coalesce(c.tw, true) AS claims_tw,
    coalesce(c.bijstand, true) AS claims_bijstand
FROM made_up m
JOIN household hh USING (h)
JOIN equivalence e ON e.adults = m.size - m.children AND e.children = m.children
LEFT JOIN hit_household x USING (h)
LEFT JOIN claims c USING (h);
