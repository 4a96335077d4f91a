using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>Starting a job impact assessment and filling in its tasks and signals (assessor, system owner).</summary>
public sealed class AssessmentDesk(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    /// <summary>
    /// Starts the assessment of a system for one of its worker groups, with the tasks of the group's job profiles
    /// (those linked to the system first; all of the group's profiles when none is linked), each "unchanged" for now.
    /// </summary>
    public async Task<Result<JobImpactAssessment>> StartAsync(Guid aiSystemId, StartAssessmentRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.EditAssessment) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.Include(s => s.WorkerGroups).Include(s => s.JobProfiles)
            .FirstOrDefaultAsync(s => s.Id == aiSystemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        if (system.WorkerGroups.All(g => g.WorkerGroupId != request.WorkerGroupId))
        {
            return ValidationError.For("WorkerGroupId", "Choose one of the worker groups the AI system affects.");
        }

        var existing = await db.JobImpactAssessments.Where(a => a.AiSystemId == aiSystemId && a.WorkerGroupId == request.WorkerGroupId)
            .OrderByDescending(a => a.Version).FirstOrDefaultAsync(ct);
        if (existing is { IsCurrent: true })
        {
            return new AssessmentExists(existing.Id);
        }

        var assessment = new JobImpactAssessment
        {
            Id = Guid.NewGuid(),
            OrganisationId = system.OrganisationId,
            AiSystemId = aiSystemId,
            WorkerGroupId = request.WorkerGroupId,
            Version = (existing?.Version ?? 0) + 1,
            InstrumentVersion = JobImpactInstrument.Shipped.Version,
            CreatedAt = time.GetUtcNow(),
        };
        assessment.Tasks.AddRange(await GroupTasksAsync(system.JobProfiles.Select(p => p.JobProfileId).ToList(), assessment, ct));
        db.JobImpactAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    public async Task<Result<TaskEffect>> AddTaskAsync(Guid assessmentId, TaskEffectRequest request, CancellationToken ct)
    {
        var found = await EditableAsync(assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var assessment = found.Value;
        var task = new TaskEffect
        {
            Id = Guid.NewGuid(),
            OrganisationId = assessment.OrganisationId,
            AssessmentId = assessment.Id,
            Text = "",
            Position = assessment.Tasks.Count == 0 ? 1 : assessment.Tasks.Max(t => t.Position) + 1,
        };
        Apply(task, request);
        db.TaskEffects.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task<Result<TaskEffect>> UpdateTaskAsync(Guid assessmentId, Guid taskId, TaskEffectRequest request, CancellationToken ct)
    {
        var found = await EditableAsync(assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (found.Value.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task)
        {
            return new WorkplaceNotFound("Task", taskId);
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        Apply(task, request);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>Answers (or re-answers) one signal of the instrument for the assessment's group.</summary>
    public async Task<Result<SignalAnswer>> AnswerSignalAsync(Guid assessmentId, string code, SignalAnswerRequest request, CancellationToken ct)
    {
        var found = await EditableAsync(assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (!JobImpactInstrument.Shipped.ByCode.ContainsKey(code))
        {
            return new SignalNotInInstrument(code);
        }

        if (SignalRules.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var assessment = found.Value;
        var answer = assessment.Signals.FirstOrDefault(s => s.Code == code);
        if (answer is null)
        {
            answer = new SignalAnswer { Id = Guid.NewGuid(), OrganisationId = assessment.OrganisationId, AssessmentId = assessment.Id, Code = code };
            db.SignalAnswers.Add(answer);
        }

        SignalRules.Apply(answer, request);
        answer.AnsweredByMemberId = scope.Actor.MemberId;
        answer.AnsweredAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return answer;
    }

    private async Task<Result<JobImpactAssessment>> EditableAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.EditAssessment) is { } denied)
        {
            return denied;
        }

        var assessment = await db.JobImpactAssessments.Include(a => a.Tasks).Include(a => a.Signals).FirstOrDefaultAsync(a => a.Id == id, ct);
        return assessment is null ? new WorkplaceNotFound("Assessment", id)
            : !assessment.IsEditable ? new AssessmentLocked(id, assessment.Status)
            : assessment;
    }

    private async Task<List<TaskEffect>> GroupTasksAsync(List<Guid> linkedProfiles, JobImpactAssessment assessment, CancellationToken ct)
    {
        var profiles = await db.JobProfiles.Include(p => p.Tasks).Where(p => p.WorkerGroupId == assessment.WorkerGroupId)
            .OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(ct);
        var chosen = profiles.Any(p => linkedProfiles.Contains(p.Id)) ? profiles.Where(p => linkedProfiles.Contains(p.Id)) : profiles;
        return [.. chosen.SelectMany(p => p.Tasks.OrderBy(t => t.Position)).Select((t, i) => new TaskEffect
        {
            Id = Guid.NewGuid(),
            OrganisationId = assessment.OrganisationId,
            AssessmentId = assessment.Id,
            JobTaskId = t.Id,
            Text = t.Text,
            TimeSharePercent = t.TimeSharePercent,
            Position = i + 1,
        })];
    }

    private static ValidationError? Validate(TaskEffectRequest request)
    {
        var check = new Validation()
            .Require("Text", request.Text, 1000, "Task")
            .Optional("Note", request.Note, 2000, "Note")
            .Check(Enum.IsDefined(request.Effect), "Effect", "Choose what the system does to the task.")
            .Check(request.TimeSharePercent is null or (>= 0 and <= 100), "TimeSharePercent", "The time share is a percentage from 0 to 100.")
            .Check(request.ExpectedTimeSharePercent is null or (>= 0 and <= 100), "ExpectedTimeSharePercent", "The expected time share is a percentage from 0 to 100.");
        return check.IsValid ? null : check.ToError();
    }

    private static void Apply(TaskEffect task, TaskEffectRequest request)
    {
        task.Text = request.Text!.Trim(); // validated
        task.Effect = request.Effect;
        task.TimeSharePercent = request.TimeSharePercent;
        task.ExpectedTimeSharePercent = request.ExpectedTimeSharePercent;
        task.Note = Validation.Clean(request.Note);
    }
}
