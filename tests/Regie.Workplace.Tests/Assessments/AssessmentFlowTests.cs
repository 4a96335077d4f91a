using Regie.Workplace.Assessments;
using Regie.Workplace.People;
using static Regie.Workplace.Assessments.AssessmentStatus;

namespace Regie.Workplace.Tests.Assessments;

public sealed class AssessmentFlowTests
{
    public static TheoryData<AssessmentStatus, AssessmentStatus, Permission?> Moves => new()
    {
        { Draft, InProgress, Permission.EditAssessment },
        { Draft, InReview, null },
        { Draft, Validated, null },
        { InProgress, InReview, Permission.EditAssessment },
        { InProgress, AwaitingOpinions, null },
        { InReview, ToBeFixed, Permission.ReviewAssessment },
        { InReview, AwaitingOpinions, Permission.ReviewAssessment },
        { InReview, Validated, null },
        { ToBeFixed, InProgress, Permission.EditAssessment },
        { ToBeFixed, InReview, null },
        { AwaitingOpinions, Validated, Permission.DecideAssessment },
        { AwaitingOpinions, Refused, Permission.DecideAssessment },
        { AwaitingOpinions, InProgress, null },
        { Validated, Superseded, null },
        { Validated, InProgress, null },
        { Refused, InProgress, null },
        { Superseded, InProgress, null },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void An_assessment_moves_only_along_the_review_path_with_the_right_permission(
        AssessmentStatus from, AssessmentStatus to, Permission? needs) =>
        Assert.Equal(needs, AssessmentFlow.PermissionFor(from, to));

    [Theory]
    [InlineData(Validated)]
    [InlineData(Refused)]
    [InlineData(Superseded)]
    public void Nobody_moves_a_decided_or_replaced_assessment(AssessmentStatus status) =>
        Assert.Empty(AssessmentFlow.NextFrom(status));

    [Theory]
    [InlineData(ToBeFixed, true)]
    [InlineData(Refused, true)]
    [InlineData(Validated, false)]
    [InlineData(AwaitingOpinions, false)]
    public void Sending_back_and_refusing_need_a_comment(AssessmentStatus to, bool needed) =>
        Assert.Equal(needed, AssessmentFlow.NeedsComment(to));

    [Fact]
    public void With_a_works_council_three_opinions_are_required() =>
        Assert.Equal([OpinionKind.Privacy, OpinionKind.WorksCouncil, OpinionKind.Prevention], AssessmentFlow.RequiredOpinions(hasWorksCouncil: true));

    [Fact]
    public void Without_a_works_council_its_opinion_is_not_required() =>
        Assert.DoesNotContain(OpinionKind.WorksCouncil, AssessmentFlow.RequiredOpinions(hasWorksCouncil: false));

    [Theory]
    [InlineData(OpinionKind.Privacy, Role.PrivacyOfficer)]
    [InlineData(OpinionKind.WorksCouncil, Role.WorksCouncil)]
    [InlineData(OpinionKind.Prevention, Role.Reviewer)]
    public void Each_opinion_belongs_to_one_role(OpinionKind kind, Role role) => Assert.Equal(role, OpinionRoles.For(kind));

    [Theory]
    [InlineData(Draft, true)]
    [InlineData(InProgress, true)]
    [InlineData(ToBeFixed, true)]
    [InlineData(InReview, false)]
    [InlineData(AwaitingOpinions, false)]
    [InlineData(Validated, false)]
    [InlineData(Superseded, false)]
    public void Tasks_signals_and_risks_change_only_while_drafting_or_fixing(AssessmentStatus status, bool editable) =>
        Assert.Equal(editable, new JobImpactAssessment { InstrumentVersion = "1.0", Status = status }.IsEditable);
}
