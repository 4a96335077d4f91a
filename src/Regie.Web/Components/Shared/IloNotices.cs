namespace Regie.Web.Components.Shared;

/// <summary>The ILO's licence notices, verbatim (exposure-and-data note §8; ILO WP 140 licence page).</summary>
internal static class IloNotices
{
    public const string Adaptation =
        "This is an adaptation of a copyrighted work of the International Labour Organization (ILO). " +
        "This adaptation has not been prepared, reviewed or endorsed by the ILO and should not be considered " +
        "an official ILO adaptation. The ILO disclaims all responsibility for its content and accuracy. " +
        "Responsibility rests solely with the author(s) of the adaptation.";

    public const string Translation =
        "This is a translation of a copyrighted work of the International Labour Organization (ILO). " +
        "This translation has not been prepared, reviewed or endorsed by the ILO and should not be considered " +
        "an official ILO translation. The ILO disclaims all responsibility for its content and accuracy. " +
        "Responsibility rests solely with the author(s) of the translation.";
}
