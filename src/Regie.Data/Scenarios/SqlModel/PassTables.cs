using DuckDB.NET.Data;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Scenarios.SqlModel;

/// <summary>
/// Fills the tables of one pass from the same <see cref="RunContext"/> the fast engine runs on: the settings, the
/// wage factor per year and occupation, and the random inputs, drawn here in C# with the engine's own functions —
/// the hit month of each hit person (<see cref="ShockAllocator"/>), the re-employment month and the take-up draws.
/// They come from a counter-based generator (SplitMix64 over seed, stream and index in unsigned 64-bit arithmetic
/// that wraps), which DuckDB's integers, checked for overflow, cannot express without 128-bit detours.
/// </summary>
internal static class PassTables
{
    public static void Write(DuckDBConnection connection, RunContext ctx, double? anchoredLine)
    {
        SqlScripts.Execute(connection, "DELETE FROM pass; DELETE FROM wage_factor; DELETE FROM hit; DELETE FROM claims;");
        var plan = ctx.Plan;
        using (var pass = connection.CreateAppender("pass"))
        {
            pass.CreateRow().AppendValue(ctx.Years).AppendValue(plan?.HitIsHoursCut ?? false).AppendValue(plan?.HoursCutShare ?? 0)
                .AppendValue(ctx.Spec.Reemployment.WageFactor).AppendValue(anchoredLine).EndRow();
        }

        var groups = ctx.Pop.Codes.Occupations.Count + 1;
        using (var factors = connection.CreateAppender("wage_factor"))
        {
            for (var y = 0; y < ctx.Years; y++)
            {
                for (var g = 0; g < groups; g++)
                    factors.CreateRow().AppendValue(y).AppendValue((short)(g == groups - 1 ? -1 : g)).AppendValue(ctx.WageFactor[(y * groups) + g]).EndRow();
            }
        }

        WriteDraws(connection, ctx);
    }

    private static void WriteDraws(DuckDBConnection connection, RunContext ctx)
    {
        var pop = ctx.Pop;
        var takeUp = ctx.Spec.TakeUp;
        var claimed = new bool[pop.HouseholdCount];
        using (var hits = connection.CreateAppender("hit"))
        {
            for (var p = 0; p < pop.PersonCount; p++)
            {
                var h = pop.HouseholdOf[p];
                claimed[h] |= pop.Status[p] == LabourStatus.UnemployedWw;
                if (!ctx.IsHit(p))
                    continue;
                claimed[h] = true;
                hits.CreateRow().AppendValue(p).AppendValue(h).AppendValue((int)ctx.Plan!.HitMonth[p]) // IsHit implies a plan.
                    .AppendValue(ctx.ReemploymentMonth(p)).AppendValue(ctx.Claims(RandomStreams.TakeUpWw, p, takeUp.Ww)).EndRow();
            }
        }

        // Take-up of the top-up and of bijstand matters only where WW can be paid: households with WW or a hit.
        using var claims = connection.CreateAppender("claims");
        for (var h = 0; h < pop.HouseholdCount; h++)
        {
            if (claimed[h])
            {
                claims.CreateRow().AppendValue(h).AppendValue(ctx.Claims(RandomStreams.TakeUpTw, h, takeUp.Toeslagenwet))
                    .AppendValue(ctx.Claims(RandomStreams.TakeUpBijstand, h, takeUp.Bijstand)).EndRow();
            }
        }
    }
}
