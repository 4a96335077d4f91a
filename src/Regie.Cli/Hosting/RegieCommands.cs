using Regie.Cli.Commands.Atlas;
using Regie.Cli.Commands.Data;
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
    }
}
