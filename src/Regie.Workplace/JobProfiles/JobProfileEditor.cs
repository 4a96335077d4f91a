using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.JobProfiles;

/// <summary>A job profile as typed in a form.</summary>
public sealed record JobProfileRequest(string? Title, string? IscoCode, string? EscoUri, Guid? WorkerGroupId);

/// <summary>A task as typed in a form; the time share is a percentage.</summary>
public sealed record JobTaskRequest(string? Text, int? TimeSharePercent);

/// <summary>Creating job profiles from the shipped occupation data and editing their tasks.</summary>
public sealed class JobProfileEditor(IWorkplaceDb db, ITenantScope scope, IOccupationTasks occupations)
{
    /// <summary>Creates a profile and fills it with the occupation's task list (ILO task data, ESCO).</summary>
    public async Task<Result<JobProfile>> CreateAsync(JobProfileRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageJobProfiles) is { } denied)
        {
            return denied;
        }

        var title = Validation.Clean(request.Title);
        var escoUri = Validation.Clean(request.EscoUri);
        var check = new Validation().Require("Title", title, 200, "Title");
        var source = request.IscoCode is { } isco ? await occupations.GetTasksAsync(isco.Trim(), escoUri, ct) : null;
        check.Check(source is not null, escoUri is null ? "IscoCode" : "EscoUri",
            "Choose an ISCO-08 unit group (four digits) and, optionally, one of its ESCO occupations.");
        await CheckGroupAsync(check, request.WorkerGroupId, ct);
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var organisation = scope.Actor.OrganisationId!.Value; // Deny returned null
        var profile = new JobProfile
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation,
            Title = title!,
            IscoCode = source!.IscoCode,
            EscoUri = source.EscoUri,
            WorkerGroupId = request.WorkerGroupId,
        };
        profile.Tasks.AddRange(source.Tasks.Select((t, i) => new JobTask
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation,
            JobProfileId = profile.Id,
            Text = t.Text.Length <= 1000 ? t.Text : t.Text[..1000],
            Origin = t.Origin,
            SourceRef = t.SourceRef,
            Position = i + 1,
        }));
        db.JobProfiles.Add(profile);
        await db.SaveChangesAsync(ct);
        return profile;
    }

    public async Task<Result<JobProfile>> UpdateAsync(Guid profileId, JobProfileRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageJobProfiles) is { } denied)
        {
            return denied;
        }

        if (await db.JobProfiles.FirstOrDefaultAsync(p => p.Id == profileId, ct) is not { } profile)
        {
            return new WorkplaceNotFound("Job profile", profileId);
        }

        var title = Validation.Clean(request.Title);
        var check = new Validation().Require("Title", title, 200, "Title");
        await CheckGroupAsync(check, request.WorkerGroupId, ct);
        if (!check.IsValid)
        {
            return check.ToError();
        }

        profile.Title = title!;
        profile.WorkerGroupId = request.WorkerGroupId;
        await db.SaveChangesAsync(ct);
        return profile;
    }

    public async Task<Result<JobTask>> AddTaskAsync(Guid profileId, JobTaskRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageJobProfiles) is { } denied)
        {
            return denied;
        }

        if (!await db.JobProfiles.AnyAsync(p => p.Id == profileId, ct))
        {
            return new WorkplaceNotFound("Job profile", profileId);
        }

        if (CheckTask(request) is { } invalid)
        {
            return invalid;
        }

        var last = await db.JobTasks.Where(t => t.JobProfileId == profileId).MaxAsync(t => (int?)t.Position, ct) ?? 0;
        var task = new JobTask
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null
            JobProfileId = profileId,
            Text = request.Text!.Trim(),
            Origin = TaskOrigin.Organisation,
            TimeSharePercent = request.TimeSharePercent,
            Position = last + 1,
        };
        db.JobTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>Edits a task; a changed text becomes the organisation's own (its source reference is kept).</summary>
    public async Task<Result<JobTask>> EditTaskAsync(Guid taskId, JobTaskRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageJobProfiles) is { } denied)
        {
            return denied;
        }

        if (await db.JobTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is not { } task)
        {
            return new WorkplaceNotFound("Task", taskId);
        }

        if (CheckTask(request) is { } invalid)
        {
            return invalid;
        }

        var text = request.Text!.Trim();
        if (!string.Equals(text, task.Text, StringComparison.Ordinal))
        {
            task.Text = text;
            task.Origin = TaskOrigin.Organisation;
        }

        task.TimeSharePercent = request.TimeSharePercent;
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task<Result<JobTask>> RemoveTaskAsync(Guid taskId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageJobProfiles) is { } denied)
        {
            return denied;
        }

        if (await db.JobTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct) is not { } task)
        {
            return new WorkplaceNotFound("Task", taskId);
        }

        db.JobTasks.Remove(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    private static ValidationError? CheckTask(JobTaskRequest request)
    {
        var check = new Validation().Require("Text", request.Text, 1000, "Task");
        check.Check(request.TimeSharePercent is null or (>= 0 and <= 100), "TimeSharePercent", "The share of time is a percentage from 0 to 100.");
        return check.IsValid ? null : check.ToError();
    }

    private async Task CheckGroupAsync(Validation check, Guid? groupId, CancellationToken ct) =>
        check.Check(groupId is null || await db.WorkerGroups.AnyAsync(g => g.Id == groupId, ct), "WorkerGroupId", "The worker group does not exist.");
}
