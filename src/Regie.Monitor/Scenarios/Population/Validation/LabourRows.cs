namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>Ages, education, employment, hours, the women share of the employed, WW and bijstand.</summary>
internal static class LabourRows
{
    public static void Add(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        var l = targets.Labour;
        double aged15To74 = 0, atAow = 0, employed = 0, employees = 0, selfEmployed = 0, women = 0, ww = 0, bijstandBelow = 0, bijstandFrom = 0;
        var education = new double[3];
        var employedByEducation = new double[3];
        var hours = new double[3];
        var employedRecords = 0;
        for (var p = 0; p < pop.PersonCount; p++)
        {
            var w = pop.Weight[pop.HouseholdOf[p]];
            var age = pop.Age[p];
            if (age is >= 15 and <= 74)
            {
                aged15To74 += w;
                education[(int)pop.Education[p]] += w;
            }

            atAow += age >= PopulationAssumptions.AowAge ? w : 0;
            ww += pop.Status[p] == LabourStatus.UnemployedWw ? w : 0;
            if (pop.Role[p] == HouseholdRole.Head && pop.Status[p] == LabourStatus.Bijstand)
            {
                bijstandFrom += age >= PopulationAssumptions.AowAge ? w : 0;
                bijstandBelow += age >= PopulationAssumptions.AowAge ? 0 : w;
            }

            if (pop.Status[p] is not (LabourStatus.Employee or LabourStatus.SelfEmployed))
            {
                continue;
            }

            employedRecords++;
            employed += w;
            employees += pop.Status[p] == LabourStatus.Employee ? w : 0;
            selfEmployed += pop.Status[p] == LabourStatus.SelfEmployed ? w : 0;
            women += pop.Sex[p] == Sex.Female ? w : 0;
            employedByEducation[(int)pop.Education[p]] += w;
            hours[pop.HoursPerWeek[p] < 20 ? 0 : pop.HoursPerWeek[p] < 35 ? 1 : 2] += w;
        }

        var aow = Cited.From(l.AowBenefits.Value * PopulationAssumptions.AowInPrivateHouseholds, l.AowBenefits).With("× share, assumption age.aow-in-private-households");
        rows.Count("persons", "persons.aged-15-74", "", Cited.Of(l.Population15To74), aged15To74, "persons");
        rows.Count("persons", "persons.at-aow-age", "", aow, atAow, "persons");
        string[] levels = ["low", "middle", "high"];
        for (var e = 0; e < 3; e++)
        {
            rows.Count("education", "education.aged-15-74", levels[e], Cited.Of(l.PopulationByEducation[e]), education[e], "persons");
        }

        rows.Count("labour", "labour.employed", "", Cited.Of(l.Employed), employed, "persons");
        rows.Count("labour", "labour.employees", "", Cited.Of(l.Employees), employees, "persons");
        rows.Count("labour", "labour.self-employed", "", Cited.Of(l.SelfEmployed), selfEmployed, "persons");
        for (var e = 0; e < 3; e++)
        {
            // Raked rates with a cap, rounded over 30 cells: a percent or a few records.
            rows.Count("labour", "labour.employed-by-education", levels[e], Cited.Of(l.EmployedByEducation[e]), employedByEducation[e], "persons", 0.01, 15);
        }

        string[] bands = ["under 20 hours", "20 to 35 hours", "35 hours or more"];
        for (var b = 0; b < 3; b++)
        {
            rows.Count("labour", "labour.employed-by-hours", bands[b], Cited.Of(l.EmployedByHours[b]), hours[b], "persons");
        }

        var womenShare = Synthesis.EmploymentStep.WomenShare(targets.Occupations);
        rows.Share("labour", "labour.women-share", "", Cited.From(womenShare, targets.Occupations[0].WomenShare).With("employment-weighted over BRC groups"),
            employed > 0 ? women / employed : 0, 0.005, employedRecords);
        rows.Count("labour", "labour.ww", "", Cited.Of(l.WwBenefits), ww, "persons");
        rows.Count("labour", "labour.bijstand-below-aow-age", "", Cited.Of(l.BijstandBelowAowAge), bijstandBelow, "households");
        rows.Count("labour", "labour.bijstand-from-aow-age", "", Cited.Of(l.BijstandFromAowAge), bijstandFrom, "households");
    }
}
