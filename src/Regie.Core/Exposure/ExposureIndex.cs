namespace Regie.Core.Exposure;

/// <summary>The exposure indices Regie ships. ILO 2025 is the headline; the others are a robustness panel.</summary>
public enum ExposureIndex
{
    /// <summary>ILO 2025 refined GenAI index (Gmyrek et al., ILO WP 140): mean task automation potential, 0–1.</summary>
    Ilo2025,

    /// <summary>ILO 2023 GenAI index (Gmyrek, Berg &amp; Bescond, ILO WP 96): mean task score, 0–1.</summary>
    Ilo2023,

    /// <summary>Felten, Raj &amp; Seamans (2021) AI Occupational Exposure; z-score over US occupations.</summary>
    Aioe,

    /// <summary>Felten et al. (2023) language-modelling AIOE; z-score over US occupations.</summary>
    LmAioe,

    /// <summary>Eloundou et al. (2024) β: share of tasks an LLM could speed up, GPT-4 rating, 0–1.</summary>
    EloundouBeta,

    /// <summary>Tomlinson et al. (2025) Microsoft "Working with AI" AI applicability score, 0–0.49.</summary>
    MicrosoftApplicability,

    /// <summary>Anthropic Economic Index (release 2025-03-27): share of an occupation's O*NET tasks seen in Claude.ai conversations, 0–1.</summary>
    AnthropicTaskCoverage,
}
