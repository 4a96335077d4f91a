namespace Regie.Workplace.Consultation;

/// <summary>Which WOR provisions fit which request (domain note §1.2).</summary>
public static class ConsultationGrounds
{
    /// <summary>The advice grounds of art. 25(1) that Regie offers.</summary>
    public const LegalGrounds Advice = LegalGrounds.Wor25_1e | LegalGrounds.Wor25_1h | LegalGrounds.Wor25_1k;

    /// <summary>The consent grounds of art. 27(1) that Regie offers.</summary>
    public const LegalGrounds Consent = LegalGrounds.Wor27_1d | LegalGrounds.Wor27_1k | LegalGrounds.Wor27_1l;

    /// <summary>
    /// Field problems with the chosen grounds. An advice request on an AI system always rests on art. 25(1)(k)
    /// (an important technological provision), with (e) and (h) where they apply; a consent request on a system
    /// that can monitor staff always rests on art. 27(1)(l), since suitability is enough, whatever the intent.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> Problems(ConsultationKind kind, LegalGrounds grounds, bool monitoringCapable)
    {
        var allowed = kind == ConsultationKind.Advice ? Advice : Consent;
        if ((grounds & ~allowed) != LegalGrounds.None)
        {
            yield return ("LegalGrounds", kind == ConsultationKind.Advice
                ? "An advice request rests on article 25(1) only."
                : "A consent request rests on article 27(1) only.");
        }

        if (kind == ConsultationKind.Advice && !grounds.HasFlag(LegalGrounds.Wor25_1k))
        {
            yield return ("LegalGrounds", "An advice request on an AI system rests on article 25(1)(k).");
        }

        if (kind == ConsultationKind.Consent && (grounds & Consent) == LegalGrounds.None)
        {
            yield return ("LegalGrounds", "Choose at least one ground of article 27(1).");
        }

        if (kind == ConsultationKind.Consent && monitoringCapable && !grounds.HasFlag(LegalGrounds.Wor27_1l))
        {
            yield return ("LegalGrounds", "The system can monitor staff, so the request rests on article 27(1)(l).");
        }
    }

    /// <summary>The grounds a new request starts with.</summary>
    public static LegalGrounds Default(ConsultationKind kind, bool monitoringCapable) => kind == ConsultationKind.Advice
        ? LegalGrounds.Wor25_1k
        : monitoringCapable ? LegalGrounds.Wor27_1l | LegalGrounds.Wor27_1k : LegalGrounds.Wor27_1k;
}
