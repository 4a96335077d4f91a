using System.Globalization;
using Regie.Workplace.Oversight;

namespace Regie.Web.Components.Pages.Workplace.Oversight;

/// <summary>The design form as typed: filled from the stored design or read back from the post, so a refused form keeps its text.</summary>
public sealed class DesignInput
{
    public string? Model { get; init; }

    public string?[] Evidence { get; init; } = new string?[5];

    public string? Staffing { get; init; }

    public string? SecondsPerCase { get; init; }

    public string? Escalation { get; init; }

    /// <summary>The request field of each capability, (a) to (e).</summary>
    public static readonly string[] EvidenceFields =
        ["UnderstandEvidence", "AutomationBiasEvidence", "InterpretEvidence", "OverrideEvidence", "StopEvidence"];

    public static DesignInput From(OversightDesign? design) => design is null ? new() : new()
    {
        Model = design.Model.ToString(),
        Evidence = [.. design.Evidence],
        Staffing = design.Staffing,
        SecondsPerCase = design.SecondsPerCase.ToString(CultureInfo.InvariantCulture),
        Escalation = design.Escalation,
    };

    public static DesignInput Read(IFormCollection form) => new()
    {
        Model = form[nameof(Model)],
        Evidence = [.. EvidenceFields.Select(f => (string?)form[f].ToString())],
        Staffing = form[nameof(Staffing)],
        SecondsPerCase = form[nameof(SecondsPerCase)],
        Escalation = form[nameof(Escalation)],
    };

    /// <summary>The request, or null with the field that could not be read.</summary>
    public OversightDesignRequest? ToRequest(out string? unreadable)
    {
        unreadable = null;
        if (!Enum.TryParse<OversightModel>(Model, out var model) || !Enum.IsDefined(model) || model == OversightModel.None)
        {
            unreadable = nameof(Model);
            return null;
        }

        var seconds = 0;
        if (!string.IsNullOrWhiteSpace(SecondsPerCase) && !int.TryParse(SecondsPerCase, NumberStyles.None, CultureInfo.InvariantCulture, out seconds))
        {
            unreadable = nameof(SecondsPerCase);
            return null;
        }

        return new OversightDesignRequest(model, Evidence[0], Evidence[1], Evidence[2], Evidence[3], Evidence[4], Staffing, seconds, Escalation);
    }
}

/// <summary>One overseer's arrangement form as typed.</summary>
public sealed record AssignmentInput(bool CanOverride, bool CanStop, string? HoursPerWeek, string? BackupMemberId)
{
    public static AssignmentInput From(OversightAssignment a) =>
        new(a.CanOverride, a.CanStop, a.HoursPerWeek.ToString(CultureInfo.InvariantCulture), a.BackupMemberId?.ToString());

    public static AssignmentInput Read(IFormCollection form) =>
        new(form[nameof(CanOverride)] == "true", form[nameof(CanStop)] == "true", form[nameof(HoursPerWeek)], form[nameof(BackupMemberId)]);

    /// <summary>Hours are read with a comma or a point as decimal separator; null when unreadable.</summary>
    public OversightAssignmentRequest? ToRequest()
    {
        var text = (HoursPerWeek ?? "").Trim().Replace(',', '.');
        if (!double.TryParse(text.Length == 0 ? "0" : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
        {
            return null;
        }

        return new OversightAssignmentRequest(CanOverride, CanStop, hours, Guid.TryParse(BackupMemberId, out var backup) ? backup : null);
    }
}

/// <summary>The log form as typed.</summary>
public sealed record EventInput(string? Kind, string? CaseReference, string? SecondsSpent)
{
    public static EventInput Empty { get; } = new(null, null, null);

    public static EventInput Read(IFormCollection form) => new(form[nameof(Kind)], form[nameof(CaseReference)], form[nameof(SecondsSpent)]);

    /// <summary>The request, or null with the field that could not be read.</summary>
    public OversightEventRequest? ToRequest(out string? unreadable)
    {
        unreadable = null;
        if (!Enum.TryParse<OversightEventKind>(Kind, out var kind) || !Enum.IsDefined(kind))
        {
            unreadable = nameof(Kind);
            return null;
        }

        if (!int.TryParse(SecondsSpent, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            unreadable = nameof(SecondsSpent);
            return null;
        }

        return new OversightEventRequest(kind, CaseReference?.Trim(), seconds);
    }
}
