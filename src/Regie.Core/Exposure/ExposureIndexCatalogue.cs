namespace Regie.Core.Exposure;

/// <summary>The descriptors of the shipped indices (exposure-and-data note, §1–2).</summary>
internal static class ExposureIndexCatalogue
{
    private const string UsToIsco =
        "unweighted mean over the linked US occupations (partial matches kept)";

    internal static IReadOnlyList<ExposureIndexInfo> Build() =>
    [
        new(ExposureIndex.Ilo2025, "ilo-2025", "ILO 2025", "ILO Working Paper 140 (2025)",
            "GenAI automation potential of each ISCO-08 task (0 = not possible, 1 = entirely possible); occupation = mean over its tasks",
            "0–1 (occupation means 0.09–0.70)", "ISCO-08 unit groups", "native ISCO-08",
            "Gmyrek, P., Berg, J., Kamiński, K., Konopczyński, F., Ładna, A., Nafradi, B., Rosłaniec, K., Troszyński, M. (2025). Generative AI and Jobs: A Refined Global Index of Occupational Exposure. ILO Working Paper 140.",
            "CC BY 4.0 (with ILO adaptation disclaimer)", ["ilo-2025"]),
        new(ExposureIndex.Ilo2023, "ilo-2023", "ILO 2023", "ILO Working Paper 96 (2023)",
            "GPT-4 score of each ISCO-08 task; occupation = mean over its tasks",
            "0–1 (occupation means 0.08–0.77)", "ISCO-08 unit groups", "native ISCO-08 (2023 columns of the 2025 workbook)",
            "Gmyrek, P., Berg, J., Bescond, D. (2023). Generative AI and Jobs: A global analysis of potential effects on job quantity and quality. ILO Working Paper 96.",
            "CC BY 4.0 (with ILO adaptation disclaimer)", ["ilo-2025"]),
        new(ExposureIndex.Aioe, "aioe", "AIOE", "Felten, Raj & Seamans (2021)",
            "Ability-based AI occupational exposure: AI application progress × relatedness to O*NET abilities",
            "z-score over US occupations (mean 0, sd 1)", "US SOC 2010", "SOC 2010 → ISCO-08 (BLS); " + UsToIsco,
            "Felten, E., Raj, M., Seamans, R. (2021). Occupational, industry, and geographic exposure to artificial intelligence: A novel dataset and its potential uses. Strategic Management Journal 42(12).",
            "no licence stated; citation requested", ["aioe", "bls-isco-soc"]),
        new(ExposureIndex.LmAioe, "lm-aioe", "LM-AIOE", "Felten, Raj & Seamans (2023)",
            "AIOE re-weighted to language modelling only",
            "z-score over US occupations", "US SOC 2010", "SOC 2010 → ISCO-08 (BLS); " + UsToIsco,
            "Felten, E., Raj, M., Seamans, R. (2023). How will Language Modelers like ChatGPT Affect Occupations and Industries?",
            "no licence stated; citation requested", ["lm-aioe", "bls-isco-soc"]),
        new(ExposureIndex.EloundouBeta, "eloundou-beta", "Eloundou β", "Eloundou et al. (Science 2024), GPT-4 rating",
            "Share of an occupation's O*NET tasks an LLM could do at least about twice as fast at equal quality (β = E1 + 0.5·E2)",
            "0–1 share of tasks", "O*NET-SOC 2019", "O*NET-SOC 2019 → SOC 2018 → SOC 2010 (O*NET crosswalks) → ISCO-08 (BLS); " + UsToIsco,
            "Eloundou, T., Manning, S., Mishkin, P., Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384. © 2024 OpenAI, MIT licence.",
            "MIT", ["eloundou", "onet-crosswalks", "bls-isco-soc"]),
        new(ExposureIndex.MicrosoftApplicability, "microsoft", "Microsoft AI applicability", "Tomlinson et al. (2025)",
            "Observed Bing Copilot usage (US, Jan–Sep 2024) mapped to work activities: coverage × completion × impact scope; usage, not replacement",
            "0–0.49", "US SOC 2018", "SOC 2018 → SOC 2010 (O*NET crosswalk) → ISCO-08 (BLS); " + UsToIsco,
            "Tomlinson, K., Jaffe, S., Wang, W., Counts, S., Suri, S. (2025). Working with AI: Measuring the Occupational Implications of Generative AI.",
            "CC BY 4.0", ["microsoft", "onet-crosswalks", "bls-isco-soc"]),
        new(ExposureIndex.AnthropicTaskCoverage, "anthropic", "Anthropic task coverage", "Anthropic Economic Index, release 2025-03-27",
            "Share of an occupation's O*NET tasks that appear in Claude.ai conversations; usage of one product, not feasibility",
            "0–1 share of tasks", "O*NET task statements", "task text → O*NET 29.1 task statements → O*NET-SOC 2019 → SOC 2018 → SOC 2010 → ISCO-08; " + UsToIsco,
            "Anthropic Economic Index, release 2025-03-27 (Handa et al. 2025). MIT licence.",
            "MIT", ["anthropic", "onet-tasks", "onet-crosswalks", "bls-isco-soc"]),
    ];
}
