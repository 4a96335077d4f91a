using System.Text;
using Regie.Cli.Hosting;

namespace Regie.Cli;

/// <summary>The <c>regie</c> command.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let the running command stop cleanly (exit code 130) instead of killing the process.
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await RegieHost.RunAsync(args, Console.Out, Console.Error, RegieHost.Configuration(), cancellation.Token);
    }
}
