namespace Regie.Monitor.Atlas;

/// <summary>The rules and caveats printed with the atlas's figures (English reference text; the UI translates).</summary>
internal static class AtlasTexts
{
    public const string BrcRule = BrcMeanRule + " " + UnknownGroupRule;

    public const string BrcMeanRule =
        "A BRC 2014 group's exposure is the unweighted mean of the ILO 2025 scores of its ISCO-08 unit groups (CBS schakelschema); " +
        "CBS residual codes (z.n.d.) and unscored unit groups are left out, and a group without any scored unit group has no score. " +
        "Class shares count the group's scored unit groups per ILO class and assume workers are spread evenly over them.";

    public const string UnknownGroupRule =
        "The group for workers whose occupation is unknown or cannot be classified (BRC 1311 Overig) has no score.";

    public const string GroupComposition =
        "Differences between women and men, and between education levels, come only from the occupation groups they work in; within a group, everyone is assumed to have the group's exposure.";

    public const string NationalRule =
        "National figures weight each BRC group by its employed persons (CBS 85276NED) over the groups with a score; " +
        "the share of employment they cover is printed with them.";

    public const string SectorRule =
        "A major group's exposure is the mean of its ISCO 2-digit groups' exposure weighted by Eurostat LFS employment; " +
        "a section's exposure weights major groups by the section × occupation matrix (Eurostat lfsa_eisn2). " +
        "Suppressed cells are left out, never counted as 0. The wage-weighted variant multiplies employment by SES 2022 mean hourly earnings.";

    public const string GroupRule =
        "Women and men: each BRC group weighted by employment × women share and employment × (1 − women share); " +
        "education likewise with the higher-education share. Pay bands: BRC groups ranked by 2024 median hourly pay and cut into " +
        "four bands of about equal employment.";

    public const string NotJobLoss =
        "Exposure is not job loss: the indices describe how much of an occupation's tasks or abilities overlap with what (generative) AI can do or is used for; none predicts employment change.";

    public const string UsBias =
        "AIOE, Eloundou, Microsoft and Anthropic rest on US O*NET task content and US usage; Dutch occupations with the same ISCO code may differ.";

    public const string UsageNotFeasibility =
        "Microsoft and Anthropic measure where one product is used today, not what AI could do; they drift with product releases.";

    public const string Granularity =
        "BRC groups are the finest public Dutch level; variation between the unit groups inside a group is lost.";

    public const string SectorComposition =
        "The sector view assumes a major group's exposure is the same in every sector; within-group composition differs (clerks in finance vs in logistics).";

    public const string ScaleDiffers =
        "Indices are on different scales; compare ranks and percentiles, never raw scores across indices.";

    public static IReadOnlyList<string> Common { get; } = [NotJobLoss, Granularity];
}
