using Regie.Cli.Tests.Infrastructure;

// One store, built once, for every test that only reads it.
[assembly: AssemblyFixture(typeof(RegieHome))]
