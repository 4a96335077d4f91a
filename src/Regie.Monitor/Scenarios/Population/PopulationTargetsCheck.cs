namespace Regie.Monitor.Scenarios.Population;

/// <summary>Checks that a set of targets can drive a synthesis: counts positive, shares in [0, 1], lists complete.</summary>
internal static class PopulationTargetsCheck
{
    public static string? FirstProblem(PopulationTargets t)
    {
        var h = t.Households;
        var l = t.Labour;
        return Positive(h.PersonsInPrivateHouseholds, "persons in private households")
            ?? Positive(h.SinglePersons, "single persons")
            ?? Positive(h.PartnersWithoutChildren, "partners without children")
            ?? Positive(h.PartnersWithChildren, "partners with children")
            ?? Positive(h.SingleParents, "single parents")
            ?? Positive(h.ChildrenAtHome, "children at home")
            ?? NonNegative(h.OtherMembers, "other household members")
            ?? Count(h.CouplesByChildren, 3, "couples by number of children")
            ?? Count(h.SingleParentsByChildren, 3, "single parents by number of children")
            ?? Count(h.BySize, 5, "households by size")
            ?? Positive(l.Population15To74, "population 15-74")
            ?? Count(l.PopulationByEducation, 3, "population by education")
            ?? Positive(l.Employed, "employed")
            ?? Positive(l.Employees, "employees")
            ?? NonNegative(l.SelfEmployed, "self-employed")
            ?? Count(l.EmployedByHours, 3, "employed by hours")
            ?? Count(l.EmployedByEducation, 3, "employed by education")
            ?? Positive(l.AowBenefits, "AOW benefits")
            ?? NonNegative(l.WwBenefits, "WW benefits")
            ?? NonNegative(l.BijstandBelowAowAge, "bijstand below AOW age")
            ?? NonNegative(l.BijstandFromAowAge, "bijstand from AOW age")
            ?? (l.Employed.Value > l.Population15To74.Value ? "more employed persons than persons aged 15-74" : null)
            ?? Occupations(t.Occupations)
            ?? (t.Sectors.Sections.Count == 0 || t.Sectors.Cells.Count == 0 ? "the sector matrix is empty" : null)
            ?? (t.Provinces.Count != 12 ? $"expected 12 provinces, found {t.Provinces.Count}" : null)
            ?? (t.EarlierPay.Any(p => p.Code == "Totaal") ? null : "the earlier pay table has no total row");
    }

    private static string? Occupations(IReadOnlyList<OccupationTarget> occupations)
    {
        if (occupations.Count == 0)
        {
            return "no occupation groups";
        }

        foreach (var o in occupations)
        {
            if (o.Employed.Value < 0 || !double.IsFinite(o.Employed.Value))
            {
                return $"occupation {o.Code} has employment {o.Employed.Value}";
            }

            if (o.WomenShare.Value is < 0 or > 1 || o.HigherEducationShare.Value is < 0 or > 1)
            {
                return $"occupation {o.Code} has a share outside [0, 1]";
            }

            if (o.MajorGroups.Count == 0 || o.MajorGroups.Any(m => m.MajorGroup is < 0 or > 9 || m.UnitGroups <= 0))
            {
                return $"occupation {o.Code} has no valid ISCO major group";
            }

            if (o.Pay is { } pay && !(pay.P25.Value > 0 && pay.P25.Value <= pay.P50.Value && pay.P50.Value <= pay.P75.Value))
            {
                return $"occupation {o.Code} has pay quartiles out of order";
            }
        }

        return occupations.Sum(o => o.Employed.Value) > 0 ? null : "the occupation groups employ nobody";
    }

    private static string? Positive(Figure figure, string name) =>
        figure.Value > 0 && double.IsFinite(figure.Value) ? null : $"{name} must be positive, found {figure.Value}";

    private static string? NonNegative(Figure figure, string name) =>
        figure.Value >= 0 && double.IsFinite(figure.Value) ? null : $"{name} must not be negative, found {figure.Value}";

    private static string? Count(IReadOnlyList<Figure> figures, int expected, string name) =>
        figures.Count != expected ? $"{name}: expected {expected} figures, found {figures.Count}"
            : figures.Select(f => NonNegative(f, name)).FirstOrDefault(p => p is not null);
}
