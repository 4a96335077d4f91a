using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Consultation;

/// <summary>Answering the council's questions and recording consultation meetings (overlegvergaderingen).</summary>
public sealed class ConsultationDialogue(IWorkplaceDb db, ProcedureSteps steps)
{
    public async Task<Result<ConsultationMessage>> AnswerAsync(Guid messageId, AnswerRequest request, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.AnswerConsultation) is { } denied)
        {
            return denied;
        }

        if (await db.ConsultationMessages.FirstOrDefaultAsync(m => m.Id == messageId && m.Kind == MessageKind.Question, ct) is not { } question)
        {
            return new WorkplaceNotFound("Question", messageId);
        }

        var check = new Validation().Require("Answer", request.Answer, 4000, "Answer");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        question.Answer = request.Answer!.Trim();
        question.AnsweredAt = steps.Now;
        question.AnsweredByMemberId = steps.Actor.MemberId;
        await steps.SaveAsync(ct);
        return question;
    }

    /// <summary>Records a meeting held on or before today; the first one moves the procedure to MeetingHeld.</summary>
    public async Task<Result<ConsultationMeeting>> RecordMeetingAsync(Guid id, MeetingRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.RecordConsultationMeeting, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found.Error!; // TryGetValue is false only with an error
        }

        if (!ProcedureSteps.InDialogue(procedure))
        {
            return new ProcedureNotInStep(id, procedure.Status);
        }

        var check = new Validation().Require("Minutes", request.Minutes, 8000, "Minutes");
        check.Check(request.HeldOn is not null, "HeldOn", "Give the date of the meeting.");
        check.Check(request.HeldOn is null || request.HeldOn <= steps.Today, "HeldOn", "The meeting cannot be in the future.");
        check.Check(request.HeldOn is null || procedure.SentOn is null || request.HeldOn >= procedure.SentOn,
            "HeldOn", "The meeting cannot be before the request was sent.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        if (procedure.Status != ConsultationStatus.MeetingHeld && steps.Move(procedure, ConsultationStatus.MeetingHeld) is { } refused)
        {
            return refused;
        }

        var meeting = new ConsultationMeeting
        {
            Id = Guid.NewGuid(),
            OrganisationId = procedure.OrganisationId,
            ProcedureId = procedure.Id,
            HeldOn = request.HeldOn!.Value, // validated
            Minutes = request.Minutes!.Trim(),
            RecordedAt = steps.Now,
        };
        db.ConsultationMeetings.Add(meeting);
        await steps.SaveAsync(ct);
        return meeting;
    }
}
