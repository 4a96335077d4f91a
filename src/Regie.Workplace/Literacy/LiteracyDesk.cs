using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Literacy;

/// <summary>
/// The AI literacy use cases that change something: taking the self-assessment (for oneself only), recording and removing
/// training, and setting requirements per role and per AI system. Saving writes the audit log (ADR 0008).
/// </summary>
public sealed class LiteracyDesk(IWorkplaceDb db, ITenantScope scope, TimeProvider time, RequirementResolver requirements)
{
    private static readonly LiteracyInstrument Instrument = LiteracyInstrument.Shipped;

    /// <summary>Scores the actor's answers and saves them as the actor's next profile version.</summary>
    public async Task<Result<LiteracyProfile>> TakeAssessmentAsync(AssessmentAnswers answers, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.AssessOwnLiteracy) is { } denied)
        {
            return denied;
        }

        if (scope.Actor.MemberId is not { } member)
        {
            return new NotAPerson();
        }

        var plan = Validation.Clean(answers.Plan);
        var check = new Validation().Optional("Plan", plan, 1000, "Your plan");
        check.Check(answers.UpTo is >= LiteracyLevel.Bewust and <= LiteracyLevel.Expert, "UpTo", "Choose up to which level you answer.");
        var asked = Instrument.UpTo(answers.UpTo).ToList();
        foreach (var statement in asked.Where(s => !answers.Answers.TryGetValue(s.Id, out var a) || !Enum.IsDefined(a)))
        {
            check.Add(statement.Id, "Choose an answer.");
        }

        check.Check(answers.Answers.Keys.All(k => asked.Any(s => s.Id == k)), "Answers", "Answer only the statements of the levels you chose.");
        if (answers.WorkerGroupId is { } group && !await db.WorkerGroups.AnyAsync(g => g.Id == group, ct))
        {
            check.Add("WorkerGroupId", "Choose one of the organisation's worker groups.");
        }

        if (!check.IsValid)
        {
            return check.ToError();
        }

        var scores = LiteracyScoring.Scores(asked.Select(s => (s.Code, answers.Answers[s.Id])));
        var levels = LiteracyScoring.Levels(scores, Instrument.PassMark);
        var version = await db.LiteracyProfiles.Where(p => p.MemberId == member).Select(p => (int?)p.Version).MaxAsync(ct) ?? 0;
        var required = await requirements.ForMemberAsync(member, ct);
        var profile = new LiteracyProfile
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null
            MemberId = member,
            Version = version + 1,
            InstrumentVersion = Instrument.Version,
            TakenAt = time.GetUtcNow(),
            AssessedUpTo = answers.UpTo,
            WorkerGroupId = answers.WorkerGroupId,
            RequiredAtTheTime = required.Level,
            KnowledgeLevel = levels[Competence.Knowledge],
            OrganisationLevel = levels[Competence.InTheOrganisation],
            HandsOnLevel = levels[Competence.HandsOn],
            EthicsLevel = levels[Competence.LimitsAndEthics],
            LearningPlan = plan,
        };
        profile.Scores.AddRange(scores.OrderBy(s => s.Key.Level).ThenBy(s => s.Key.Competence)
            .Select(s => new LiteracyScore { OrganisationId = profile.OrganisationId, ProfileId = profile.Id, Code = s.Key.ToString(), MeanWeight = s.Value }));
        db.LiteracyProfiles.Add(profile);
        await db.SaveChangesAsync(ct);
        return profile;
    }

    /// <summary>Records a completed course for <paramref name="memberId"/>: oneself, or anyone with <see cref="Permission.RecordTraining"/>.</summary>
    public async Task<Result<TrainingRecord>> RecordTrainingAsync(Guid memberId, TrainingRequest request, CancellationToken ct)
    {
        if (await MayKeepTrainingOfAsync(memberId, ct) is { } refused)
        {
            return refused;
        }

        var course = Validation.Clean(request.Course);
        var provider = Validation.Clean(request.Provider);
        var evidence = Validation.Clean(request.Evidence);
        var codes = CompetenceCode.ParseList(request.Codes);
        var check = new Validation()
            .Require("Course", course, TrainingRecord.TextLength, "The course")
            .Require("Provider", provider, TrainingRecord.TextLength, "The provider")
            .Optional("Evidence", evidence, TrainingRecord.EvidenceLength, "The evidence");
        check.Check(request.Hours is > 0 and <= 1000, "Hours", "Enter the hours, more than 0 and at most 1000.");
        check.Check(codes is { Count: > 0 }, "Codes", "Choose at least one competence code (Bt1 to Ex4).");
        var today = LiteracyValidity.Day(time.GetUtcNow());
        check.Check(request.CompletedOn is { } done && done <= today, "CompletedOn", "Enter the date the course was completed (not in the future).");
        check.Check(request.ExpiresOn is null || request.CompletedOn is null || request.ExpiresOn > request.CompletedOn, "ExpiresOn", "The expiry date must come after the completion date.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var record = new TrainingRecord
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // checked in MayKeepTrainingOfAsync
            MemberId = memberId,
            Course = course!,
            Provider = provider!,
            Hours = request.Hours,
            Codes = CompetenceCode.Join(codes!),
            CompletedOn = request.CompletedOn!.Value,
            Evidence = evidence,
            ExpiresOn = request.ExpiresOn,
            RecordedByMemberId = scope.Actor.MemberId,
            RecordedAt = time.GetUtcNow(),
        };
        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>Removes a training record (entered by mistake); the audit log keeps what it said.</summary>
    public async Task<Result<TrainingRecord>> RemoveTrainingAsync(Guid trainingId, CancellationToken ct)
    {
        if (await db.TrainingRecords.FirstOrDefaultAsync(t => t.Id == trainingId, ct) is not { } record)
        {
            return new WorkplaceNotFound("Training record", trainingId);
        }

        if (await MayKeepTrainingOfAsync(record.MemberId, ct) is { } refused)
        {
            return refused;
        }

        db.TrainingRecords.Remove(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>Sets the level one role requires of everyone holding it.</summary>
    public async Task<Result<RoleLiteracyRequirement>> SetRoleRequirementAsync(RoleRequirementRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageLiteracyRequirements) is { } denied)
        {
            return denied;
        }

        var check = new Validation()
            .Check(PermissionMatrix.AllRoles.Contains(request.Role), "Role", "Choose one role.")
            .Check(request.Level is >= LiteracyLevel.Bewust and <= LiteracyLevel.Expert, "Level", "Choose a level: Bewust, Bekwaam, Vloeiend or Expert.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var row = await db.RoleLiteracyRequirements.FirstOrDefaultAsync(r => r.Role == request.Role, ct);
        if (row is null)
        {
            row = new RoleLiteracyRequirement { OrganisationId = scope.Actor.OrganisationId!.Value, Role = request.Role }; // Deny returned null
            db.RoleLiteracyRequirements.Add(row);
        }

        row.Level = request.Level;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Sets (or with a null level removes) the level an AI system requires of its overseers.</summary>
    public async Task<Result<SystemLiteracyRequirement?>> SetSystemRequirementAsync(Guid aiSystemId, SystemRequirementRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.RequireSystemLiteracy) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        if (request.Level is { } level && level is < LiteracyLevel.Bewust or > LiteracyLevel.Expert)
        {
            return ValidationError.For("Level", "Choose a level: Bewust, Bekwaam, Vloeiend or Expert, or none.");
        }

        var row = await db.SystemLiteracyRequirements.FirstOrDefaultAsync(r => r.AiSystemId == aiSystemId, ct);
        if (request.Level is null)
        {
            if (row is not null)
            {
                db.SystemLiteracyRequirements.Remove(row);
                await db.SaveChangesAsync(ct);
            }

            return Result<SystemLiteracyRequirement?>.Success(null);
        }

        if (row is null)
        {
            row = new SystemLiteracyRequirement { OrganisationId = scope.Actor.OrganisationId!.Value, AiSystemId = aiSystemId }; // Deny returned null
            db.SystemLiteracyRequirements.Add(row);
        }

        row.Level = request.Level.Value;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Null when the actor may keep the training of <paramref name="memberId"/>: their own, or anyone's as HR.</summary>
    private async Task<Error?> MayKeepTrainingOfAsync(Guid memberId, CancellationToken ct)
    {
        var own = scope.Actor.MemberId == memberId;
        var denied = own ? scope.Actor.Deny(Permission.AssessOwnLiteracy) : scope.Actor.Deny(Permission.RecordTraining);
        if (denied is not null)
        {
            return denied;
        }

        return await db.Members.AnyAsync(m => m.Id == memberId, ct) ? null : new WorkplaceNotFound("Member", memberId);
    }
}
