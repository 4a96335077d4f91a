namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>Per BRC group: employed persons, women share and higher-education share against 85276NED.</summary>
internal static class OccupationRows
{
    public static void Add(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        var groups = targets.Occupations;
        var employed = new double[groups.Count];
        var women = new double[groups.Count];
        var higher = new double[groups.Count];
        var records = new int[groups.Count];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            var o = pop.Occupation[p];
            if (o < 0)
            {
                continue;
            }

            var w = pop.Weight[pop.HouseholdOf[p]];
            employed[o] += w;
            women[o] += pop.Sex[p] == Sex.Female ? w : 0;
            higher[o] += pop.Education[p] == Education.High ? w : 0;
            records[o]++;
        }

        var scale = targets.Labour.Employed.Value / groups.Sum(g => g.Employed.Value);
        for (var o = 0; o < groups.Count; o++)
        {
            var g = groups[o];
            var subject = $"{g.Code} {g.Title}";
            rows.Count("occupation", "occupation.employed", subject, Cited.From(g.Employed.Value * scale, g.Employed, targets.Labour.Employed).With("scaled to the LFS employed"),
                employed[o], "persons", 0.01, 4);

            // 85276NED's overall higher-education share differs from 85224NED's by about a point, and the fit
            // honours the latter exactly: 3 share points of room, plus the granularity of small groups.
            rows.Share("occupation", "occupation.women-share", subject, Cited.Of(g.WomenShare), Share(women[o], employed[o]), 0.03, records[o]);
            rows.Share("occupation", "occupation.higher-education-share", subject, Cited.Of(g.HigherEducationShare), Share(higher[o], employed[o]), 0.03, records[o]);
        }
    }

    private static double Share(double part, double whole) => whole > 0 ? part / whole : 0;
}
