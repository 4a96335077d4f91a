using Regie.Core.Results;

namespace Regie.Workplace.Assessments;

/// <summary>What a signal answer must hold: a present signal needs a direction, evidence and its source.</summary>
internal static class SignalRules
{
    public static ValidationError? Validate(SignalAnswerRequest request)
    {
        var check = new Validation()
            .Optional("Evidence", request.Evidence, 4000, "Evidence")
            .Check(Enum.IsDefined(request.Presence), "Presence", "Say whether the signal is present, absent or unsure.")
            .Check(request.Direction is null || Enum.IsDefined(request.Direction.Value), "Direction", "Choose a direction.")
            .Check(request.Sources is >= EvidenceSources.None and <= (EvidenceSources.Management | EvidenceSources.Workers | EvidenceSources.WorksCouncil | EvidenceSources.Data),
                "Sources", "Choose where the evidence comes from.");
        foreach (var (field, value) in new[]
        {
            ("Likelihood", request.Likelihood), ("Scale", request.Scale), ("Scope", request.Scope), ("Irremediability", request.Irremediability),
        })
        {
            check.Check(value is null or (>= 1 and <= 4), field, "Use a value from 1 to 4.");
        }

        if (request.Presence == SignalPresence.Present)
        {
            check.Check(request.Direction is not null, "Direction", "Say which way the signal works out for the group.")
                .Check(!string.IsNullOrWhiteSpace(request.Evidence), "Evidence", "Say what shows the signal is present.")
                .Check(request.Sources != EvidenceSources.None, "Sources", "Say who the evidence comes from.");
        }

        return check.IsValid ? null : check.ToError();
    }

    public static void Apply(SignalAnswer answer, SignalAnswerRequest request)
    {
        answer.Presence = request.Presence;
        answer.Direction = request.Direction;
        answer.Evidence = Validation.Clean(request.Evidence);
        answer.Sources = request.Sources;
        answer.Likelihood = request.Likelihood;
        answer.Scale = request.Scale;
        answer.Scope = request.Scope;
        answer.Irremediability = request.Irremediability;
    }
}
