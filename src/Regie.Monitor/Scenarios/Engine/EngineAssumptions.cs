namespace Regie.Monitor.Scenarios.Engine;

/// <summary>The modelling choices every result rests on, listed in its manifest (plain English; the UI translates them by position).</summary>
public static class EngineAssumptions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Static population: nobody ages, is born, dies, moves or forms a household over the horizon; the shock's time path is the only change.",
        "Static policy: the law in force on the law date applies to every month, in prices of that date (no uprating).",
        "Baseline benefit stocks are held stationary: baseline WW recipients stay on the later-month WW amount, baseline bijstand households keep being tested each month.",
        "Only employees are hit; the self-employed are outside the shock (as in the ESRI and UK anchors).",
        "Wage changes of employees not hit move once a year, by the mean phase-in of that year.",
        "Displaced employees meet the WW weeks condition; their WW duration follows their synthetic work history.",
        "Bijstand is tested per household with the head and partner as claimants and all members' income counted; other net income = gross minus the tax the month would bear over a year.",
        "Bijstand is net and untaxed; WW, Toeslagenwet, AOW, pensions and wages are taxed in box 1; box 3 (savings) tax and health-care premiums are not modelled.",
        "Allowances (huurtoeslag, zorgtoeslag, kindgebonden budget) and child benefit are not modelled yet.",
        "No behavioural responses (labour supply, wage bargaining); re-employment only as the scenario's hazards say.",
    ];
}
