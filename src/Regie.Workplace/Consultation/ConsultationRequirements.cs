namespace Regie.Workplace.Consultation;

/// <summary>What a system needs before Pilot or Live, from its facts (domain note §1.1, §1.2, §3).</summary>
/// <param name="AdviceRequired">An advice procedure must be closed: every high-risk (Annex III) system, when the
/// organisation has a works council.</param>
/// <param name="ConsentRequired">A consent procedure must be closed with consent: every system suitable for
/// monitoring staff (WOR art. 27(1)(l)), when the organisation has a works council.</param>
/// <param name="NoticeRequired">AI Act art. 26(7): a high-risk system needs a notice sent to the representatives
/// and the affected workers.</param>
/// <param name="DecisionSubjectNoticeRequired">AI Act art. 26(11): a high-risk system that makes or helps make
/// decisions about people needs a notice sent to them.</param>
public sealed record ConsultationRequirements(bool AdviceRequired, bool ConsentRequired, bool NoticeRequired, bool DecisionSubjectNoticeRequired)
{
    /// <summary>
    /// Without a works council there is nobody to ask: the WOR rights belong to a works council (a personnel
    /// representation under art. 35c has fewer rights unless agreed [verify art. 35b–35c scope]).
    /// </summary>
    public static ConsultationRequirements For(bool highRisk, bool monitoringCapable, bool hasWorksCouncil, bool makesDecisions) =>
        new(highRisk && hasWorksCouncil, monitoringCapable && hasWorksCouncil, highRisk, highRisk && makesDecisions);
}
