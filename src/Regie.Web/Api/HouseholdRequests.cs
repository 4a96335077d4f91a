using System.Globalization;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Web.Api;

/// <summary>Turns the API's household description into the Monitor's, naming every missing value.</summary>
internal static class HouseholdRequests
{
    public static Result<HypotheticalHousehold> ToHousehold(this HouseholdRequest? request)
    {
        if (request?.Members is not { Count: > 0 } members)
            return ValidationError.For("household.members", "Describe 1 to 12 members.");
        var errors = new FieldErrors();
        var list = new List<HypotheticalMember>();
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"household.members[{i}]");
            errors.Check(Required(m.Age, at + ".age"));
            errors.Check(Required(m.Role, at + ".role"));
            errors.Check(Required(m.Status, at + ".status"));
            if (m is { Age: { } age, Role: { } role, Status: { } status })
            {
                list.Add(new HypotheticalMember(
                    age, role, status, m.Education ?? Education.Middle, m.MonthlyWage ?? 0, m.HoursPerWeek ?? 0,
                    m.YearsBefore2016 ?? 0, m.YearsSince2016 ?? 0, m.SelfEmployment ?? 0, m.Pension ?? 0));
            }
        }

        if (errors.ToError() is { } invalid)
            return invalid;
        return new HypotheticalHousehold(list, request.LiquidAssets ?? 0, request.HitMember, request.HitMonth ?? 0);
    }

    private static Result<bool> Required<T>(T? value, string field)
        where T : struct =>
        value is null ? ValidationError.For(field, "Give a value.") : true;
}
