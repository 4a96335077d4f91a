namespace Regie.Data.Store;

/// <summary>The tables of the analytical store. Bump <see cref="Version"/> when a table changes, so stores rebuild.</summary>
internal static class StoreSchema
{
    public const string Version = "atlas-2";

    /// <summary>
    /// What an up-to-date store must have been built by: the schema version and this build of the readers
    /// (the module version id of a deterministic build changes only when the code does), so changed code rebuilds.
    /// </summary>
    public static string BuilderVersion { get; } = $"{Version}+{typeof(StoreSchema).Assembly.ManifestModule.ModuleVersionId:N}";

    public const string Ddl = """
        CREATE TABLE build_info (content_hash VARCHAR NOT NULL, built_at TIMESTAMPTZ NOT NULL, builder_version VARCHAR NOT NULL,
            employment_period VARCHAR NOT NULL, comparison_period VARCHAR NOT NULL, pay_period VARCHAR NOT NULL);
        CREATE TABLE sources (id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, publisher VARCHAR NOT NULL, source_table VARCHAR NOT NULL,
            period VARCHAR, files VARCHAR[] NOT NULL, origin VARCHAR NOT NULL, licence VARCHAR NOT NULL, attribution VARCHAR NOT NULL, url VARCHAR);
        CREATE TABLE disclaimers (id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL);
        CREATE TABLE brc_groups (code VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, segment_code VARCHAR NOT NULL, segment VARCHAR NOT NULL,
            class_code VARCHAR NOT NULL, class VARCHAR NOT NULL);
        CREATE TABLE isco_groups (code VARCHAR PRIMARY KEY, title_en VARCHAR NOT NULL);
        CREATE TABLE unit_groups (code VARCHAR PRIMARY KEY, title_en VARCHAR, title_nl VARCHAR NOT NULL, brc VARCHAR NOT NULL,
            skill_level INTEGER NOT NULL, is_residual BOOLEAN NOT NULL);
        CREATE TABLE ilo_scores (code VARCHAR PRIMARY KEY, mean_2025 DOUBLE NOT NULL, sd_2025 DOUBLE NOT NULL, class_2025 VARCHAR NOT NULL,
            mean_2023 DOUBLE, sd_2023 DOUBLE, class_2023 VARCHAR);
        CREATE TABLE ilo_tasks (code VARCHAR NOT NULL, task_id INTEGER NOT NULL, text VARCHAR NOT NULL, score_2025 DOUBLE NOT NULL, score_2023 DOUBLE);
        CREATE TABLE index_scores (index_id VARCHAR NOT NULL, code VARCHAR NOT NULL, score DOUBLE NOT NULL, linked_occupations INTEGER NOT NULL,
            PRIMARY KEY (index_id, code));
        CREATE TABLE esco_occupations (uri VARCHAR PRIMARY KEY, code VARCHAR NOT NULL, isco VARCHAR NOT NULL, label_nl VARCHAR NOT NULL, label_en VARCHAR,
            description_nl VARCHAR);
        CREATE TABLE brc_employment (code VARCHAR PRIMARY KEY, employed BIGINT, employed_comparison BIGINT, growth_percent DOUBLE,
            women_share DOUBLE, higher_education_share DOUBLE, median_hourly_pay DOUBLE, pay_p25 DOUBLE, pay_p75 DOUBLE, employees_in_pay_data BIGINT);
        CREATE TABLE sector_employment (section VARCHAR NOT NULL, major_group VARCHAR NOT NULL, year INTEGER NOT NULL, thousands DOUBLE);
        CREATE TABLE sector_earnings (section VARCHAR NOT NULL, major_group VARCHAR NOT NULL, year INTEGER NOT NULL, mean_hourly_eur DOUBLE);
        CREATE TABLE submajor_employment (sub_major_group VARCHAR NOT NULL, year INTEGER NOT NULL, age_group VARCHAR NOT NULL, thousands DOUBLE,
            low_reliability BOOLEAN NOT NULL, break_in_series BOOLEAN NOT NULL);
        CREATE TABLE nace_sections (code VARCHAR PRIMARY KEY, label_nl VARCHAR NOT NULL, label_en VARCHAR NOT NULL);
        """;

    public static readonly string[] Tables =
    [
        "sources", "disclaimers", "isco_groups", "brc_groups", "unit_groups", "ilo_scores", "ilo_tasks", "index_scores", "esco_occupations",
        "brc_employment", "sector_employment", "sector_earnings", "submajor_employment", "nace_sections",
    ];
}
