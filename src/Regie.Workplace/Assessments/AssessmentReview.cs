using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>
/// Moving an assessment along its review path (<see cref="AssessmentFlow"/>) and recording the formal opinions of
/// the privacy officer, the works council and the prevention officer. Every step checks the permission matrix and is
/// saved, so it lands in the audit log.
/// </summary>
public sealed class AssessmentReview(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    public async Task<Result<JobImpactAssessment>> MoveAsync(Guid id, AssessmentMoveRequest request, CancellationToken ct)
    {
        if (await db.JobImpactAssessments.Include(a => a.Opinions).FirstOrDefaultAsync(a => a.Id == id, ct) is not { } assessment)
        {
            return scope.Actor.Deny(Permission.ViewAssessments) ?? new WorkplaceNotFound("Assessment", id);
        }

        if (AssessmentFlow.PermissionFor(assessment.Status, request.To) is not { } permission)
        {
            return MayMoveAtAll() ? new MoveNotInReviewPath(assessment.Status, request.To) : new NotAllowed(Permission.EditAssessment);
        }

        if (scope.Actor.Deny(permission) is { } denied)
        {
            return denied;
        }

        var comment = Validation.Clean(request.Comment);
        var check = new Validation().Optional("Comment", comment, 4000, "Comment")
            .Check(!AssessmentFlow.NeedsComment(request.To) || comment is not null, "Comment", "Say why.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        if (request.To is AssessmentStatus.Validated or AssessmentStatus.Refused)
        {
            var hasWorksCouncil = await db.Organisations.Select(o => o.HasWorksCouncil).FirstAsync(ct);
            var missing = AssessmentFlow.RequiredOpinions(hasWorksCouncil).Where(k => assessment.Opinions.All(o => o.Kind != k)).ToList();
            if (missing.Count > 0)
            {
                return new OpinionsMissing(missing);
            }

            assessment.DecidedAt = time.GetUtcNow();
            assessment.DecidedByMemberId = scope.Actor.MemberId;
        }

        assessment.Status = request.To;
        assessment.LastComment = comment ?? assessment.LastComment;
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    /// <summary>Records an opinion; once per kind and version, only while the assessment awaits opinions.</summary>
    public async Task<Result<Opinion>> GiveOpinionAsync(Guid id, OpinionRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.GiveAssessmentOpinion) is { } denied)
        {
            return denied;
        }

        var text = Validation.Clean(request.Text);
        var check = new Validation().Require("Text", text, 4000, "Opinion")
            .Check(Enum.IsDefined(request.Kind), "Kind", "Choose whose opinion this is.")
            .Check(Enum.IsDefined(request.Position), "Position", "Choose positive, conditional or negative.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        if (!IsSystemActor() && (scope.Actor.Roles & OpinionRoles.For(request.Kind)) == Role.None)
        {
            return new NotAllowed(Permission.GiveAssessmentOpinion);
        }

        if (await db.JobImpactAssessments.Include(a => a.Opinions).FirstOrDefaultAsync(a => a.Id == id, ct) is not { } assessment)
        {
            return new WorkplaceNotFound("Assessment", id);
        }

        if (assessment.Status != AssessmentStatus.AwaitingOpinions || assessment.Opinions.Any(o => o.Kind == request.Kind))
        {
            return new OpinionNotExpected(request.Kind, assessment.Status);
        }

        var opinion = new Opinion
        {
            Id = Guid.NewGuid(),
            OrganisationId = assessment.OrganisationId,
            AssessmentId = assessment.Id,
            Kind = request.Kind,
            Position = request.Position,
            Text = text!, // validated
            GivenByMemberId = scope.Actor.MemberId,
            GivenAt = time.GetUtcNow(),
        };
        db.Opinions.Add(opinion);
        await db.SaveChangesAsync(ct);
        return opinion;
    }

    private bool MayMoveAtAll() =>
        scope.Actor.Deny(Permission.EditAssessment) is null || scope.Actor.Deny(Permission.ReviewAssessment) is null
        || scope.Actor.Deny(Permission.DecideAssessment) is null;

    private bool IsSystemActor() => scope.Actor.ActorId.StartsWith("system:", StringComparison.Ordinal);
}
