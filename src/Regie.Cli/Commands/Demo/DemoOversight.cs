using Regie.Cli.Commands.Workplace;
using Regie.Workplace.Oversight;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// Oversight of the live demo system: the owner's design (model and the five art. 14(4) capabilities with evidence),
/// the overseer's authority and time, and a fortnight of logged cases. The cases are DEMO DATA from a seeded random
/// source: most proposals accepted after a real look, some changed or overridden, one stopped.
/// </summary>
internal sealed class DemoOversight(WorkplaceSession session, IReadOnlyDictionary<Role, WorkplaceActor> cast, Random random)
{
    private const int Cases = 48;

    public async Task RunAsync(Guid systemId, CancellationToken ct)
    {
        const string what = "set up the demo oversight";
        session.Enter(cast[Role.SystemOwner]);
        var designer = session.Get<OversightDesigner>();
        Expected.Value(await designer.SaveDesignAsync(systemId, new OversightDesignRequest(
            OversightModel.OnTheLoop,
            "Planners volgden twee dagdelen training over wat het systeem wel en niet kan (fictief voorbeeld).",
            "Elk kwartaal bespreekt het planningsteam voorbeelden van voorstellen die niet klopten (fictief voorbeeld).",
            "Bij elk voorstel staat waarom een dienst zo is ingedeeld (fictief voorbeeld).",
            "De planner kan elk voorstel aanpassen of verwerpen zonder toestemming te vragen (fictief voorbeeld).",
            "Het hoofd planning kan het systeem stilzetten; dan wordt met de hand gepland (fictief voorbeeld).",
            "Twee planners per regio, elk vier uur per week voor toezicht (fictief voorbeeld).",
            90,
            "Twijfel gaat naar het hoofd planning, dezelfde dag (fictief voorbeeld)."), ct), what);
        var overseer = cast[Role.Overseer].MemberId!.Value; // cast actors are members
        Expected.Value(await designer.SaveAssignmentAsync(systemId, overseer, new OversightAssignmentRequest(true, true, 4, null), ct), what);

        session.Enter(cast[Role.Overseer]);
        var log = session.Get<OversightLog>();
        var now = session.Get<TimeProvider>().GetUtcNow();
        for (var i = 0; i < Cases; i++)
        {
            var draw = random.NextDouble();
            var kind = draw < 0.7 ? OversightEventKind.Accepted : draw < 0.88 ? OversightEventKind.Modified : draw < 0.98 ? OversightEventKind.Overridden : OversightEventKind.Stopped;
            var seconds = kind == OversightEventKind.Accepted ? 30 + random.Next(150) : 120 + random.Next(480);
            var at = now.AddHours(-(Cases - i) * 7 - random.Next(5)); // spread over the last fortnight, oldest first
            var request = new OversightEventRequest(kind, $"ROOSTER-{1000 + i}", seconds, overseer, at);
            Expected.Value(await log.RecordAsOverseerAsync(systemId, request, ct), what);
        }
    }
}
