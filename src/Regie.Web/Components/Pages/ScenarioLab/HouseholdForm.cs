namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>
/// The hypothetical-household form: up to four members (a row without an age is left out), savings, who is hit in
/// which month, and the scenario whose law, margin, re-employment and take-up apply. Everything posts as text.
/// Public because the member fields component takes it.
/// </summary>
public sealed class HouseholdForm
{
    public const int Rows = 4;

    public string? Preset { get; set; }

    public List<MemberForm> Members { get; set; } = [];

    /// <summary>Savings in euros.</summary>
    public string? LiquidAssets { get; set; }

    /// <summary>Row number (1-based) of the member who is hit; empty for nobody.</summary>
    public string? HitMember { get; set; }

    /// <summary>Month of the horizon (1 = January of the start year) in which they are hit.</summary>
    public string? HitMonth { get; set; }

    /// <summary>A working couple, one of whom loses work in the first month: the household the page starts with.</summary>
    public static HouseholdForm Example(string preset) => new()
    {
        Preset = preset,
        LiquidAssets = "10000",
        HitMember = "1",
        HitMonth = "1",
        Members =
        [
            new() { Age = "45", Role = "head", Status = "employee", Education = "middle", MonthlyWage = "3500", HoursPerWeek = "36", YearsBefore2016 = "20", YearsSince2016 = "10" },
            new() { Age = "43", Role = "partner", Status = "employee", Education = "middle", MonthlyWage = "1800", HoursPerWeek = "24", YearsBefore2016 = "15", YearsSince2016 = "10" },
            new() { Age = "12", Role = "child", Status = "child-or-student", Education = "low" },
            new() { Role = "child", Status = "child-or-student", Education = "low" },
        ],
    };
}

/// <summary>One member row; money in euros a month, gross including holiday allowance.</summary>
public sealed class MemberForm
{
    public string? Age { get; set; }

    /// <summary>head, partner, child or other.</summary>
    public string? Role { get; set; }

    /// <summary>A labour status in kebab-case: employee, self-employed, unemployed-ww, bijstand, inactive, retired, child-or-student.</summary>
    public string? Status { get; set; }

    /// <summary>low, middle or high.</summary>
    public string? Education { get; set; }

    public string? MonthlyWage { get; set; }

    public string? HoursPerWeek { get; set; }

    public string? YearsBefore2016 { get; set; }

    public string? YearsSince2016 { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Age);
}
