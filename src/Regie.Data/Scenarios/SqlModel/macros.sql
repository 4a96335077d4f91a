-- The rule functions of CompiledLaw as DuckDB macros, over the law constants of law_constants.sql and the schedules of law_schedules.sql.

-- At or above the AOW age (whole years against the age in months).
CREATE OR REPLACE MACRO is_aow(age) AS age * 12 >= aow_age_months();

-- General tax credit: max − rate × (taxable − phase-out start), never below 0.
CREATE OR REPLACE MACRO general_credit(taxable, aow) AS greatest(0, div_round(
    CASE WHEN aow THEN ahk_max_aow() ELSE ahk_max() END * fixed_one()
    - CASE WHEN aow THEN ahk_rate_aow() ELSE ahk_rate() END * greatest(0, greatest(0, taxable) - ahk_start()),
    fixed_one()));

-- Net box 1 tax of a person-year: box 1 minus the general and labour credits, never below 0 (CompiledLaw.TaxCents).
CREATE OR REPLACE MACRO tax_cents(taxable, labour, aow) AS CAST(greatest(0,
    CASE WHEN aow THEN schedule_box1_aow(greatest(0, taxable)) ELSE schedule_box1(greatest(0, taxable)) END
    - general_credit(taxable, aow)
    - greatest(0, CASE WHEN aow THEN schedule_labour_aow(greatest(0, labour)) ELSE schedule_labour(greatest(0, labour)) END)) AS BIGINT);

-- The three Toeslagenwet social minimums: share × net minimum wage, rounded once.
CREATE OR REPLACE MACRO tw_minimum(couple, single_parent) AS CAST(div_round(
    CAST(CASE WHEN couple THEN tw_share_couple() WHEN single_parent THEN tw_share_single_parent() ELSE tw_share_single() END AS HUGEINT)
    * tw_net_minimum(), fixed_one()) AS BIGINT);

-- Kostendelersnorm: m × couple norm × (base + per_sharer × A) / (100 × A), one rounding (art. 22a PW).
CREATE OR REPLACE MACRO cost_sharers_norm(couple_norm, couple, a) AS CAST(div_round(
    CAST(CASE WHEN couple THEN 2 ELSE 1 END AS HUGEINT) * couple_norm * (bijstand_sharers_base() + CAST(bijstand_sharers_per() AS HUGEINT) * a),
    CAST(100 AS HUGEINT) * a * fixed_one()) AS BIGINT);

-- Monthly bijstand norm of a household's claimant(s), kostendelersnorm applied (CompiledLaw.BijstandNormCents).
CREATE OR REPLACE MACRO bijstand_norm(couple, head_age, partner_age, sharers) AS CASE
    WHEN head_age < 18 THEN 0
    WHEN is_aow(head_age) AND (NOT couple OR is_aow(partner_age)) THEN
        CASE WHEN sharers > CASE WHEN couple THEN 2 ELSE 1 END THEN cost_sharers_norm(bijstand_norm_couple_aow(), couple, sharers)
             WHEN couple THEN bijstand_norm_couple_aow()
             ELSE bijstand_norm_single_aow() END
    WHEN CASE WHEN couple THEN least(head_age, partner_age) ELSE head_age END < 21 THEN
        CASE WHEN NOT couple THEN bijstand_norm_youth()
             WHEN head_age < 21 AND partner_age < 21 THEN 2 * bijstand_norm_youth()
             ELSE bijstand_norm_youth() + CAST(div_round(bijstand_norm_couple(), 2) AS BIGINT) END
    ELSE cost_sharers_norm(bijstand_norm_couple(), couple, sharers)
END;

-- Monthly bijstand: nothing when assets are too high, else the norm minus other net income above the earnings release.
CREATE OR REPLACE MACRO bijstand_award(norm, net, earnings, assets_too_high) AS CASE
    WHEN assets_too_high THEN 0
    ELSE greatest(0, norm - greatest(0, net - least(
        div_round(bijstand_release_rate() * greatest(0, earnings), fixed_one()),
        bijstand_release_max())))
END;

-- WW in benefit month k (1-based) of a spell: the high rate first, then the low one, nothing after the last month.
CREATE OR REPLACE MACRO ww_month_cents(eligible, months, high_months, high, low, k) AS CASE
    WHEN NOT eligible OR k < 1 OR k > months THEN 0
    WHEN k <= high_months THEN high
    ELSE low
END;
