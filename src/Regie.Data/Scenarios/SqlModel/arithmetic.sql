-- Integer arithmetic the rule macros share (before the law's macros, which use it).

-- numerator / denominator rounded to the nearest integer, half away from zero (denominator > 0): Rounding.DivRound.
CREATE OR REPLACE MACRO div_round(n, d) AS sign(n) * ((2 * abs(n) + d) // (2 * d));

-- Fixed-point one (Rounding.Scale).
CREATE OR REPLACE MACRO fixed_one() AS CAST(1000000000 AS BIGINT);
