-- Turns the law's scalar parameters into constant macros (one per law_value row), so the hot queries see
-- constants and the law stays data; returns the DDL to execute.
SELECT string_agg(printf('CREATE OR REPLACE MACRO %s() AS CAST(%d AS BIGINT);', name, value), chr(10) ORDER BY name)
FROM law_value;
