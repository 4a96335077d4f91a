using Regie.Workplace.Literacy;
using Regie.Workplace.People;

namespace Regie.Web.Api.Workplace;

// AI literacy (issue 5, item 6: literacy): what the API shows. Scores and the plan are only ever filled for the person.

internal sealed record LiteracyStatementDto(string Id, string Code, int SourceItem, string Dutch, string English);

internal sealed record LiteracyInstrumentDto(string Urn, string Version, double PassMark, string Citation, IReadOnlyList<LiteracyStatementDto> Statements);

internal sealed record ProfileDto(
    Guid Id, int Version, string InstrumentVersion, DateTimeOffset TakenAt, DateOnly ExpiresOn, bool IsCurrent, LiteracyLevel AssessedUpTo,
    Guid? WorkerGroupId, IReadOnlyDictionary<Competence, LiteracyLevel> Levels, IReadOnlyDictionary<string, double>? Scores, string? Plan);

internal sealed record GapDto(Competence Competence, LiteracyLevel Reached, LiteracyLevel Required, bool Meets, IReadOnlyList<string> ToWorkOn);

internal sealed record TrainingDto(
    Guid Id, Guid MemberId, string Course, string Provider, double Hours, IReadOnlyList<string> Codes, DateOnly CompletedOn,
    string? Evidence, DateOnly? ExpiresOn, DateTimeOffset RecordedAt);

internal sealed record SuggestionDto(string Course, string Provider, IReadOnlyList<string> Covers);

internal sealed record RequirementSourceDto(LiteracyLevel Level, Role? Role, Guid? AiSystemId, string? SystemName, bool IsDefault);

internal sealed record StandingDto(
    Guid MemberId, string Name, bool Own, LiteracyLevel Required, IReadOnlyList<RequirementSourceDto> RequiredBecause, bool MeetsRequirement,
    ProfileDto? Latest, IReadOnlyList<GapDto> Gaps, IReadOnlyList<TrainingDto> Training, IReadOnlyList<SuggestionDto> Suggestions,
    IReadOnlyList<ProfileDto> History);

internal sealed record PersonRowDto(
    Guid MemberId, string Name, Role Roles, LiteracyLevel Required, DateTimeOffset? LastTakenAt, bool HasCurrent,
    IReadOnlyDictionary<Competence, LiteracyLevel>? Levels, bool Meets, int CurrentTrainings);

internal sealed record TrainingRowDto(TrainingDto Record, string MemberName);

internal sealed record LevelCountsDto(Competence Competence, IReadOnlyDictionary<LiteracyLevel, int?> Counts);

internal sealed record FigureBlockDto(int Assessed, IReadOnlyList<LevelCountsDto>? Levels, int? Below, int? Meeting);

internal sealed record GroupFigureDto(Guid WorkerGroupId, bool Suppressed, FigureBlockDto? Figures);

internal sealed record LiteracyOverviewDto(int K, int People, int Assessed, FigureBlockDto? Organisation, IReadOnlyList<GroupFigureDto> Groups);

internal sealed record LiteracyRequirementsDto(IReadOnlyList<RoleRequirementRow> Roles, IReadOnlyList<SystemRequirementRow> Systems);

internal sealed record SystemRequirementDto(Guid AiSystemId, LiteracyLevel? Level);

internal static class LiteracyDtoMapping
{
    public static LiteracyInstrumentDto ToDto(this LiteracyInstrument i) => new(i.Urn, i.Version, i.PassMark, i.Citation,
        [.. i.Statements.Select(s => new LiteracyStatementDto(s.Id, s.Code.ToString(), s.SourceItem, s.Dutch, s.English))]);

    public static ProfileDto ToDto(this ProfileSummary p) => new(
        p.Id, p.Version, p.InstrumentVersion, p.TakenAt, p.ExpiresOn, p.IsCurrent, p.AssessedUpTo, p.WorkerGroupId, p.Levels, p.Scores, p.Plan);

    public static TrainingDto ToDto(this TrainingRecord t) => new(
        t.Id, t.MemberId, t.Course, t.Provider, t.Hours, [.. t.CodeList.Select(c => c.ToString())], t.CompletedOn, t.Evidence, t.ExpiresOn, t.RecordedAt);

    public static StandingDto ToDto(this PersonStanding s) => new(
        s.MemberId, s.Name, s.Own, s.Required.Level, [.. s.Required.Sources.Select(r => new RequirementSourceDto(r.Level, r.Role, r.AiSystemId, r.SystemName, r.IsDefault))],
        s.MeetsRequirement, s.Latest?.ToDto(),
        [.. s.Gaps.Select(g => new GapDto(g.Competence, g.Reached, g.Required, g.MeetsRequirement, [.. g.ToWorkOn.Select(c => c.ToString())]))],
        [.. s.Training.Select(t => t.ToDto())],
        [.. s.Suggestions.Select(c => new SuggestionDto(c.Course, c.Provider, [.. c.Covers.Select(x => x.ToString())]))],
        [.. s.History.Select(h => h.ToDto())]);

    public static PersonRowDto ToDto(this PersonRow r) =>
        new(r.MemberId, r.Name, r.Roles, r.Required, r.LastTakenAt, r.HasCurrent, r.Levels, r.Meets, r.CurrentTrainings);

    public static LiteracyOverviewDto ToDto(this LiteracyOverview o) => new(o.K, o.People, o.Assessed, o.Organisation?.ToDto(),
        [.. o.Groups.Select(g => new GroupFigureDto(g.WorkerGroupId, g.Figures is null, g.Figures?.ToDto()))]);

    private static FigureBlockDto ToDto(this FigureBlock b) => new(b.Assessed,
        b.Levels?.Select(l => new LevelCountsDto(l.Competence, Enum.GetValues<LiteracyLevel>().ToDictionary(v => v, v => l.Counts[(int)v]))).ToList(),
        b.Below, b.Meeting);
}
