-- One pass, step 7: every household's disposable and standardised income in every year (a wage class's result
-- stands for each of its years), and the year totals, weighted (persons as yearly averages of monthly stocks).
CREATE OR REPLACE TEMP TABLE income AS
SELECT sy.y, s.h, s.disposable, CAST(s.disposable AS DOUBLE) / 100.0 / f.factor AS standardised, f.person_weight
FROM (SELECT h, slot, monthly, disposable FROM simple_slot UNION ALL SELECT h, slot, monthly, disposable FROM complex_slot) s
JOIN slot_year sy ON sy.slot = s.slot AND sy.monthly = s.monthly
JOIN facts f USING (h);

CREATE OR REPLACE TEMP TABLE year_total AS
WITH slot_total AS (
    SELECT s.slot, s.monthly,
        sum(f.weight * s.employees_in_work / 12) AS employees_in_work,
        sum(f.weight * s.hit_not_working / 12) AS hit_not_working,
        sum(f.weight * s.ww_months / 12) AS ww_recipients,
        sum(f.weight * s.ww_cents) AS ww_cents,
        sum(f.weight * s.tw_months / 12) AS tw_recipients,
        sum(f.weight * s.tw_cents) AS tw_cents,
        sum(f.weight * s.bijstand_months / 12) AS bijstand_households,
        sum(f.weight * s.bijstand_cents) AS bijstand_cents,
        sum(f.weight * s.tax) AS tax_cents,
        sum(f.weight * s.disposable) AS disposable_cents
    FROM (SELECT * FROM simple_slot UNION ALL SELECT * FROM complex_slot) s
    JOIN facts f USING (h)
    GROUP BY s.slot, s.monthly
)
SELECT sy.y,
    sum(employees_in_work) AS employees_in_work, sum(hit_not_working) AS hit_not_working,
    sum(ww_recipients) AS ww_recipients, sum(ww_cents) AS ww_cents,
    sum(tw_recipients) AS tw_recipients, sum(tw_cents) AS tw_cents,
    sum(bijstand_households) AS bijstand_households, sum(bijstand_cents) AS bijstand_cents,
    sum(tax_cents) AS tax_cents, sum(disposable_cents) AS disposable_cents
FROM slot_total t
JOIN slot_year sy ON sy.slot = t.slot AND sy.monthly = t.monthly
GROUP BY sy.y;
