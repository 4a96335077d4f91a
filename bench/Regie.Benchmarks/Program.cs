using BenchmarkDotNet.Running;
using Regie.Benchmarks.Scenario;

// Run with: dotnet run -c Release --project bench/Regie.Benchmarks -- --filter '*'
// One scenario draw with its peak memory: dotnet run -c Release --project bench/Regie.Benchmarks -- scenario-peak 100000 [regie|sql]
if (args.Length > 0 && args[0] == "scenario-peak")
    return ScenarioPeak.Run(args);
if (args.Length > 1 && args[0] == "scenario-phases")
    return ScenarioPhases.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
