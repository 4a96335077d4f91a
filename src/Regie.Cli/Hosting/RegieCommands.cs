using Regie.Cli.Commands.Atlas;
using Regie.Cli.Commands.Data;
using Regie.Cli.Commands.Db;
using Regie.Cli.Commands.Demo;
using Regie.Cli.Commands.Org;
using Regie.Cli.Commands.Population;
using Regie.Cli.Commands.Scenario;
using Spectre.Console.Cli;

namespace Regie.Cli.Hosting;

/// <summary>The command tree of <c>regie</c>. The host and the tests (CommandAppTester) configure it the same way.</summary>
internal static class RegieCommands
{
    public static void Configure(IConfigurator config, ExceptionReporter exceptions)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("regie");
        config.SetExceptionHandler((exception, _) => exceptions.Handle(exception));
        config.Settings.StrictParsing = true;

        config.AddBranch("data", data =>
        {
            data.SetDescription("The analytical store built from the shipped public data.");
            data.AddCommand<DataBuildCommand>("build").WithExample("data", "build").WithExample("data", "build", "--force");
        });

        config.AddBranch("atlas", atlas =>
        {
            atlas.SetDescription("The exposure atlas of the Dutch workforce (exposure is not job loss).");
            atlas.AddCommand<AtlasSummaryCommand>("summary").WithExample("atlas", "summary", "--lang", "en");
            atlas.AddCommand<AtlasOccupationsCommand>("occupations")
                .WithExample("atlas", "occupations", "--top", "10")
                .WithExample("atlas", "occupations", "--search", "verpleeg", "--sort", "employed")
                .WithExample("atlas", "occupations", "--index", "eloundou-beta", "--json");
            atlas.AddCommand<AtlasOccupationCommand>("occupation").WithExample("atlas", "occupation", "0811", "--tasks");
            atlas.AddCommand<AtlasSectorsCommand>("sectors").WithExample("atlas", "sectors", "--year", "2023");
            atlas.AddCommand<AtlasGroupsCommand>("groups");
            atlas.AddCommand<AtlasIndicesCommand>("indices");
            atlas.AddCommand<AtlasSourcesCommand>("sources");
        });

        config.AddBranch("scenario", scenario =>
        {
            scenario.SetDescription("The scenario lab: what AI scenarios mean for work, WW, bijstand, incomes and who pays (a scenario, not a forecast).");
            scenario.AddCommand<ScenarioPresetsCommand>("presets").WithExample("scenario", "presets");
            scenario.AddCommand<ScenarioRunCommand>("run")
                .WithExample("scenario", "run", "central")
                .WithExample("scenario", "run", "my-scenario.yaml", "--draws", "20", "--json");
            scenario.AddCommand<ScenarioCompareCommand>("compare").WithExample("scenario", "compare", "central", "wage-cut");
            scenario.AddCommand<ScenarioExplainCommand>("explain")
                .WithExample("scenario", "explain", "central", "--household", "42")
                .WithExample("scenario", "explain", "central", "--hypothetical", "household.yaml");
        });

        // population helper: the synthetic Dutch population of the scenario lab.
        config.AddBranch("population", population =>
        {
            population.SetDescription("The synthetic Dutch population the scenario lab simulates.");
            population.AddCommand<PopulationSynthCommand>("synth")
                .WithExample("population", "synth", "--households", "100000", "--seed", "7", "--name", "sample")
                .WithExample("population", "synth");
            population.AddCommand<PopulationValidateCommand>("validate").WithExample("population", "validate", "sample");
        });

        config.AddBranch("db", db =>
        {
            db.SetDescription("The operational database (accounts, organisations, AI register).");
            db.AddCommand<DbMigrateCommand>("migrate").WithExample("db", "migrate");
            db.AddCommand<DbStatusCommand>("status").WithExample("db", "status");
        });

        config.AddBranch("org", org =>
        {
            org.SetDescription("Organisations, for administrators: create, list, show, members, invitations, roles, audit log.");
            org.AddCommand<OrgListCommand>("list").WithExample("org", "list");
            org.AddCommand<OrgCreateCommand>("create")
                .WithExample("org", "create", "--name", "Zorggroep-Noord", "--kvk", "12345678", "--sbi", "Q", "--size", "250+", "--admin-email", "beheer@example.org");
            org.AddCommand<OrgShowCommand>("show").WithExample("org", "show", "ID");
            org.AddCommand<OrgMembersCommand>("members").WithExample("org", "members", "ID");
            org.AddCommand<OrgInviteCommand>("invite").WithExample("org", "invite", "ID", "--email", "or@example.org", "--role", "works-council");
            org.AddCommand<OrgRolesCommand>("roles").WithExample("org", "roles", "ID", "--email", "or@example.org", "--role", "works-council,employee");
            org.AddCommand<OrgAuditCommand>("audit").WithExample("org", "audit", "ID", "--csv", "audit-log.csv");
        });

        config.AddBranch("demo", demo =>
        {
            demo.SetDescription("A clearly fictitious demo organisation to explore the workplace with.");
            demo.AddCommand<DemoSeedCommand>("seed").WithExample("demo", "seed");
        });
    }
}
