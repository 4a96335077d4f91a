-- One pass, step 4: households with WW, bijstand or a hit member (kinds 1 and 2), month by month (MonthlyHousehold):
-- each member's labour state and gross income, the Toeslagenwet top-up, the household's bijstand test with the
-- monthly tax, then each member's year and the household's year. Kind 1 takes one month per wage class standing
-- for twelve (k = 12); kind 2 every month of the horizon (k = 1).
CREATE OR REPLACE TEMP TABLE complex_member AS
SELECT p.p, p.h, f.kind, p.status, is_aow(p.age) AS aow,
    CASE WHEN is_aow(p.age) THEN f.aow_cents ELSE 0 END AS aow_cents,
    p.wage, p.occupation, p.self_employment, p.pension, p.capital,
    coalesce(t.hit_month, 2147483647) AS hit_month, coalesce(t.back, 2147483647) AS back,
    coalesce(s.eligible, false) AS ww_eligible, coalesce(s.months, 0) AS ww_months, coalesce(s.high_months, 0) AS high_months,
    coalesce(s.high, 0) AS ww_high, coalesce(s.low, 0) AS ww_low,
    f.tw_minimum, f.claims_tw, f.claims_bijstand, f.baseline_bijstand
FROM person p
JOIN facts f USING (h)
LEFT JOIN hit t USING (p)
LEFT JOIN spell s USING (p)
WHERE f.kind > 0;
