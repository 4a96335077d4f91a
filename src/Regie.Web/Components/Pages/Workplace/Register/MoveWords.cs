using Microsoft.Extensions.Localization;
using Regie.Core.Results;
using Regie.Web.Localization;
using Regie.Workplace;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>What a lifecycle move still needs and why a move failed, in words.</summary>
internal static class MoveWords
{
    /// <summary>One missing gate item. Duty kinds are named by their screening title and legal reference.</summary>
    public static string Describe(this IStringLocalizer<RegisterUi> r, GateIssue issue) => issue.Code switch
    {
        "screening-missing" => r["Gate_ScreeningMissing"],
        "screening-prohibited" => r["Gate_ScreeningProhibited"],
        "duty-open" when Enum.TryParse<DutyKind>(issue.Subject, out var kind) && Enum.IsDefined(kind)
            => r["Gate_DutyOpen", kind.Text().Title, kind.Text().LegalReference],
        _ when Consultation.ConsultationGateWords.Describe(issue) is { } text => text, // issue 5 (wor)
        _ => r["Gate_Other", issue.Subject is null ? issue.Code : $"{issue.Code} ({issue.Subject})"],
    };

    /// <summary>Which roles may make a move.</summary>
    public static string WhoMay(this IStringLocalizer<RegisterUi> r, AiSystemStatus from, AiSystemStatus to) =>
        Lifecycle.PermissionFor(from, to) is { } permission
            ? r["MoveNeedsRole", PermissionMatrix.RolesFor(permission).Names()]
            : r["MoveNotInLifecycle", r.Status(from), r.Status(to)];

    /// <summary>The headline of a refused move; <see cref="Missing"/> lists the details of a gate that is not met.</summary>
    public static string Refusal(this IStringLocalizer<RegisterUi> r, Error error, AiSystemStatus from, AiSystemStatus to) => error switch
    {
        GatesNotMet => r["MoveGatesNotMet", r.Status(to)],
        MoveNotInLifecycle m => r["MoveNotInLifecycle", r.Status(m.From), r.Status(m.To)],
        ForbiddenError => r["MoveNotAllowed", r.Status(to)] + " " + r.WhoMay(from, to),
        NotFoundError => r["NotFound"],
        _ => error.Message,
    };

    public static IReadOnlyList<string> Missing(this IStringLocalizer<RegisterUi> r, Error error) =>
        error is GatesNotMet gates ? [.. gates.Gates.SelectMany(g => g.Missing).Select(r.Describe)] : [];
}
