namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Evaluates a piecewise-linear <see cref="Bracket"/> schedule exactly in decimal (see <see cref="Bracket"/>).</summary>
internal static class Schedules
{
    /// <summary>
    /// The exact value at <paramref name="amountCents"/>: base + rate × (x − from) in the row containing x. Below
    /// the first row the value is the first row's base. Not rounded.
    /// </summary>
    public static decimal Evaluate(IReadOnlyList<Bracket> rows, long amountCents)
    {
        var baseValue = (decimal)(rows[0].BaseCents ?? 0);
        if (amountCents < rows[0].FromCents)
        {
            return baseValue;
        }

        for (var i = 0; ; i++)
        {
            if (i > 0)
            {
                var previous = rows[i - 1];
                baseValue = rows[i].BaseCents ?? baseValue + (previous.Rate * (rows[i].FromCents - previous.FromCents));
            }

            if (i == rows.Count - 1 || amountCents < rows[i + 1].FromCents)
            {
                return baseValue + (rows[i].Rate * (amountCents - rows[i].FromCents));
            }
        }
    }
}
