using Regie.Workplace.Literacy;
using static Regie.Workplace.Literacy.LiteracyLevel;

namespace Regie.Workplace.Tests.Literacy;

public sealed class LiteracyFiguresTests
{
    private static readonly Guid GroupA = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid GroupB = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid GroupC = new("00000000-0000-0000-0000-00000000000c");

    private static PersonFigure Person(Guid? group, LiteracyLevel all, LiteracyLevel required = Bewust) =>
        new(group, CompetenceCode.Competences.ToDictionary(c => c, _ => all), required);

    private static IEnumerable<PersonFigure> Many(int n, Guid? group, LiteracyLevel all, LiteracyLevel required = Bewust) =>
        Enumerable.Range(0, n).Select(_ => Person(group, all, required));

    public static TheoryData<int[], int?[]> Rows => new()
    {
        // Counts per level → what is published (k = 5).
        { [0, 5, 7, 0, 0], [0, 5, 7, 0, 0] },
        { [0, 4, 8, 0, 0], [0, null, null, 0, 0] }, // a lone small cell takes the next smallest with it
        { [1, 2, 9, 0, 0], [null, null, 9, 0, 0] }, // two small cells hide each other
        { [0, 3, 5, 6, 0], [0, null, null, 6, 0] },
        { [12, 0, 0, 0, 0], [12, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Counts_below_k_are_hidden_and_never_left_alone_in_a_row(int[] counts, int?[] published) =>
        Assert.Equal(published, LiteracyFigures.Suppress(counts, 5));

    [Fact]
    public void A_group_below_k_people_is_suppressed_and_a_group_of_k_is_published()
    {
        // Two people without a group keep the hidden four of B from being derived (6 outside the published groups).
        var people = Many(5, GroupA, Bekwaam).Concat(Many(4, GroupB, Bewust)).Concat(Many(6, GroupC, Bewust)).Concat(Many(2, null, Expert)).ToList();

        var overview = LiteracyFigures.Of(people);

        Assert.NotNull(overview.Groups.Single(g => g.WorkerGroupId == GroupA).Figures);
        Assert.Null(overview.Groups.Single(g => g.WorkerGroupId == GroupB).Figures);
        Assert.NotNull(overview.Groups.Single(g => g.WorkerGroupId == GroupC).Figures);
    }

    [Fact]
    public void When_one_small_group_could_be_derived_from_the_organisation_total_the_next_smallest_group_is_hidden_too()
    {
        // 2 in B are hidden; organisation minus A minus C would reveal them, so A (the smallest published) goes too.
        var people = Many(6, GroupA, Bekwaam).Concat(Many(2, GroupB, None)).Concat(Many(8, GroupC, Bewust)).ToList();

        var overview = LiteracyFigures.Of(people);

        Assert.Null(overview.Groups.Single(g => g.WorkerGroupId == GroupA).Figures);
        Assert.Null(overview.Groups.Single(g => g.WorkerGroupId == GroupB).Figures);
        Assert.NotNull(overview.Groups.Single(g => g.WorkerGroupId == GroupC).Figures);
        var published = overview.Groups.Where(g => g.Figures is not null).Sum(g => g.Figures!.Assessed);
        Assert.True(overview.Assessed - published is 0 or >= LiteracyFigures.K);
    }

    [Fact]
    public void People_without_a_group_count_as_outside_the_groups()
    {
        var people = Many(7, GroupA, Bewust).Concat(Many(3, null, Expert)).ToList();

        var overview = LiteracyFigures.Of(people);

        Assert.Null(Assert.Single(overview.Groups).Figures); // A alone would let the organisation total reveal the 3
    }

    [Fact]
    public void The_organisation_shows_nothing_below_k_assessed_people_but_still_counts_who_took_part()
    {
        var people = Many(4, GroupA, Bekwaam).Append(new PersonFigure(GroupA, null, Bewust)).ToList();

        var overview = LiteracyFigures.Of(people);

        Assert.Null(overview.Organisation);
        Assert.Equal(5, overview.People);
        Assert.Equal(4, overview.Assessed);
    }

    [Fact]
    public void A_published_block_counts_levels_per_competence_and_people_below_their_requirement()
    {
        var people = Many(6, GroupA, Bekwaam, required: Bekwaam).Concat(Many(5, GroupA, Bewust, required: Bekwaam)).ToList();

        var block = LiteracyFigures.Of(people).Organisation!;

        Assert.Equal(11, block.Assessed);
        Assert.All(block.Levels!, row => Assert.Equal([0, 5, 6, 0, 0], row.Counts));
        Assert.Equal(5, block.Below);
        Assert.Equal(6, block.Meeting);
    }

    [Fact]
    public void No_published_count_stands_for_fewer_than_k_people_whatever_the_mix()
    {
        var random = new Random(20261128);
        for (var run = 0; run < 200; run++)
        {
            var groups = new Guid?[] { GroupA, GroupB, GroupC, null };
            var levels = Enum.GetValues<LiteracyLevel>();
            var people = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => new PersonFigure(groups[random.Next(groups.Length)],
                    random.Next(6) == 0 ? null : CompetenceCode.Competences.ToDictionary(c => c, _ => levels[random.Next(levels.Length)]),
                    levels[random.Next(1, levels.Length)]))
                .ToList();

            var overview = LiteracyFigures.Of(people);

            var blocks = overview.Groups.Select(g => g.Figures).Append(overview.Organisation).OfType<FigureBlock>();
            foreach (var block in blocks)
            {
                Assert.True(block.Assessed >= LiteracyFigures.K);
                var counts = block.Levels!.SelectMany(r => r.Counts).Append(block.Below).Append(block.Meeting);
                Assert.All(counts.OfType<int>(), c => Assert.True(c == 0 || c >= LiteracyFigures.K, $"run {run}: a count of {c} was published"));
                Assert.All(block.Levels!, r => Assert.NotEqual(1, r.Counts.Count(c => c is null)));
            }

            var outside = overview.Assessed - overview.Groups.Where(g => g.Figures is not null).Sum(g => g.Figures!.Assessed);
            Assert.True(outside is 0 or >= LiteracyFigures.K || overview.Organisation is null, $"run {run}: {outside} people could be derived");
        }
    }
}
