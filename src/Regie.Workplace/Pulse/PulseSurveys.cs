using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Pulse.Instrument;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Pulse;

/// <summary>The survey steward's set-up of a pulse: the survey of an AI system, its anonymity rules and its thresholds.</summary>
public sealed class PulseSurveys(IWorkplaceDb db, ITenantScope scope, IPulseVault vault, TimeProvider time)
{
    /// <summary>Starts the pulse of an AI system with the policy's rules or stricter ones.</summary>
    public async Task<Result<PulseSurvey>> CreateAsync(SurveyRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == request.AiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", request.AiSystemId);
        }

        var k = request.K ?? AnonymityRules.DefaultK;
        var distinct = request.MinDistinctAnswers ?? AnonymityRules.DefaultMinDistinctAnswers;
        if (Check(k, distinct) is { } invalid)
        {
            return invalid;
        }

        if (await db.PulseSurveys.AnyAsync(s => s.AiSystemId == request.AiSystemId, ct))
        {
            return new SurveyExists(request.AiSystemId);
        }

        var survey = new PulseSurvey
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null
            AiSystemId = request.AiSystemId,
            InstrumentVersion = InstrumentFile.Current.Version,
            K = k,
            MinDistinctAnswers = distinct,
            CreatedAt = time.GetUtcNow(),
        };
        db.PulseSurveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return survey;
    }

    /// <summary>Changes k and the minimum of distinct answers; once a wave has responses they can only go up.</summary>
    public async Task<Result<PulseSurvey>> SetRulesAsync(Guid surveyId, RulesRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        if (await db.PulseSurveys.FirstOrDefaultAsync(s => s.Id == surveyId, ct) is not { } survey)
        {
            return new WorkplaceNotFound("Pulse survey", surveyId);
        }

        if (Check(request.K, request.MinDistinctAnswers) is { } invalid)
        {
            return invalid;
        }

        var loosens = request.K < survey.K || request.MinDistinctAnswers < survey.MinDistinctAnswers;
        var waves = await db.PulseWaves.Where(w => w.SurveyId == surveyId).Select(w => w.Id).ToListAsync(ct);
        if (loosens && await vault.HasResponsesAsync(survey.OrganisationId, waves, ct))
        {
            return new AnonymityLocked();
        }

        survey.K = request.K;
        survey.MinDistinctAnswers = request.MinDistinctAnswers;
        await db.SaveChangesAsync(ct);
        return survey;
    }

    /// <summary>Adds a threshold on a dimension of the survey's instrument.</summary>
    public async Task<Result<PulseThreshold>> AddThresholdAsync(Guid surveyId, ThresholdRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        if (!await db.PulseSurveys.AnyAsync(s => s.Id == surveyId, ct))
        {
            return new WorkplaceNotFound("Pulse survey", surveyId);
        }

        var check = new Validation()
            .Check(request.Dimension is { } code && InstrumentFile.Current.Dimension(code) is not null, "Dimension", "Choose a dimension of the instrument.")
            .Check(Enum.IsDefined(request.Indicator), "Indicator", "Choose share of high scores or mean.")
            .Check(Enum.IsDefined(request.Direction), "Direction", "Choose rise or fall.")
            .Check(request.Indicator != PulseIndicator.ShareHigh || request.Amount is > 0 and <= 100, "Amount", "A change in percentage points is above 0 and at most 100.")
            .Check(request.Indicator != PulseIndicator.Mean || request.Amount is > 0 and <= 4, "Amount", "A change in scale points is above 0 and at most 4.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var threshold = new PulseThreshold
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null
            SurveyId = surveyId,
            Dimension = request.Dimension!, // checked above
            Indicator = request.Indicator,
            Direction = request.Direction,
            Amount = request.Amount,
            CreatedAt = time.GetUtcNow(),
        };
        db.PulseThresholds.Add(threshold);
        await db.SaveChangesAsync(ct);
        return threshold;
    }

    private static ValidationError? Check(int k, int distinct)
    {
        var check = new Validation()
            .Check(k >= AnonymityRules.FloorK, "K", $"k is at least {AnonymityRules.FloorK}: smaller groups are never shown.")
            .Check(k <= 1000, "K", "k is at most 1000.")
            .Check(distinct >= AnonymityRules.DefaultMinDistinctAnswers, "MinDistinctAnswers", $"At least {AnonymityRules.DefaultMinDistinctAnswers} different answers are required.")
            .Check(distinct <= 5, "MinDistinctAnswers", "At most 5 different answers can be required.");
        return check.IsValid ? null : check.ToError();
    }
}
