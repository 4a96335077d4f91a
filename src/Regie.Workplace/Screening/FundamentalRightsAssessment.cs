namespace Regie.Workplace.Screening;

/// <summary>
/// Art. 27(1): before deploying a high-risk system of Art. 6(2), a fundamental rights impact assessment (FRIA) is
/// mandatory for bodies governed by public law, private entities providing public services, and deployers of the
/// Annex III point 5(b) and 5(c) systems (creditworthiness; life and health insurance pricing). Systems of Annex III
/// point 2 (critical infrastructure) are excepted; the screening does not ask which "other" Annex III area applies,
/// so a public body screening a point 2 system gets the FRIA as a duty it may not strictly owe.
/// </summary>
internal static class FundamentalRightsAssessment
{
    /// <summary>The FRIA reasons for a high-risk system; call only when the system is high-risk.</summary>
    public static IReadOnlyList<ScreeningReason> Assess(ScreeningAnswers answers, MissingAnswers missing)
    {
        var reasons = new List<ScreeningReason>();
        if (missing.Require(answers.PublicBodyOrPublicService, nameof(ScreeningAnswers.PublicBodyOrPublicService)) == true)
        {
            reasons.Add(ScreeningReason.FriaMandatoryPublicService);
        }

        // Points 5(b) and 5(c) are "other" Annex III areas: ask only when one was reported.
        if (answers.OtherAnnexIiiUse == true
            && missing.Require(answers.CreditOrInsuranceScoring, nameof(ScreeningAnswers.CreditOrInsuranceScoring)) == true)
        {
            reasons.Add(ScreeningReason.FriaMandatoryCreditOrInsurance);
        }

        return reasons;
    }
}
