namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Incomes without microdata (assumptions income.*): self-employment profit, supplementary pensions, liquid
/// assets per household and the interest and dividends on them.
/// </summary>
internal static class IncomeStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var draws = context.Draws;
        context.ForEach(pop.PersonCount, p =>
        {
            if (pop.Status[p] == LabourStatus.SelfEmployed)
            {
                var median = context.WithStaff[p] ? PopulationAssumptions.ProfitMedianWithStaff : PopulationAssumptions.ProfitMedianWithoutStaff;
                var annual = median * Math.Exp(PopulationAssumptions.ProfitSigma * draws.Normal(DrawStream.Profit, p))
                    * Math.Pow(pop.HoursPerWeek[p] / 38.0, PopulationAssumptions.ProfitHoursElasticity);
                pop.SelfEmploymentCents[p] = Cents(annual / 12);
            }

            if (context.AtAowAge(p) && draws.Uniform(DrawStream.PensionHas, p) < PopulationAssumptions.PensionShare)
            {
                var shift = PopulationAssumptions.PensionEducation * ((int)pop.Education[p] - 1);
                pop.PensionCents[p] = Cents(PopulationAssumptions.PensionMedian * Math.Exp(PopulationAssumptions.PensionSigma * draws.Normal(DrawStream.PensionAmount, p) + shift));
            }
        });

        AssetsStep(context);
    }

    private static void AssetsStep(SynthesisContext context)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var income = context.Targets.Income;
        var sigma = Math.Sqrt(2 * Math.Log(Math.Max(1, income.WealthMean.Value / income.WealthMedian.Value)));
        var logIncome = new double[pop.HouseholdCount];
        context.ForEach(pop.HouseholdCount, h =>
        {
            var cents = 0L;
            for (var p = pop.FirstPerson[h]; p < pop.FirstPerson[h + 1]; p++)
            {
                cents += (long)pop.WageCents[p] + pop.SelfEmploymentCents[p] + pop.PensionCents[p] + pop.PriorWageCents[p];
            }

            logIncome[h] = Math.Log(cents / 100.0 + 1000);
        });

        var (mean, sd) = MeanAndSd(logIncome);
        var (a, b) = (PopulationAssumptions.AssetsIncomeWeight, PopulationAssumptions.AssetsAgeWeight);
        var rest = Math.Sqrt(1 - a * a - b * b);
        context.ForEach(pop.HouseholdCount, h =>
        {
            var head = pop.FirstPerson[h];
            double assets;
            if (pop.Status[head] == LabourStatus.Bijstand)
            {
                var limit = pop.Type[h] == HouseholdType.OnePerson ? PopulationAssumptions.AssetLimitSingle2024 : PopulationAssumptions.AssetLimitCouple2024;
                assets = limit * PopulationAssumptions.BijstandAssetsShareOfLimit * draws.Uniform(DrawStream.BijstandAssets, h);
            }
            else
            {
                var score = a * (sd > 0 ? (logIncome[h] - mean) / sd : 0) + b * (pop.Age[head] - 50) / 15.0 + rest * draws.Normal(DrawStream.AssetsNoise, h);
                assets = PopulationAssumptions.AssetsMedian * Math.Exp(sigma * score);
            }

            var cents = (long)Math.Round(Math.Min(assets, 1e9) * 100);
            pop.LiquidAssetsCents[h] = cents;
            var partner = context.PartnerOf(head);
            var monthly = cents * PopulationAssumptions.CapitalReturn / 12;
            if (partner >= 0)
            {
                pop.CapitalIncomeCents[head] = (int)Math.Round(monthly / 2);
                pop.CapitalIncomeCents[partner] = (int)Math.Round(monthly / 2);
            }
            else
            {
                pop.CapitalIncomeCents[head] = (int)Math.Round(monthly);
            }
        });
    }

    private static (double Mean, double Sd) MeanAndSd(double[] values)
    {
        // Plain sequential loops (no vectorised Sum): the same bits whatever the hardware's vector width.
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = values.Length > 0 ? sum / values.Length : 0;
        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return (mean, values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : 0);
    }

    private static int Cents(double euros) => (int)Math.Round(Math.Clamp(euros * 100, 0, int.MaxValue), MidpointRounding.AwayFromZero);
}
