using Spectre.Console.Cli;

namespace Regie.Cli.Hosting;

/// <summary>Resolves Spectre's requests from the built service provider and disposes it after the run.</summary>
internal sealed class TypeResolver(IServiceProvider provider) : ITypeResolver, IDisposable
{
    public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

    public void Dispose() => (provider as IDisposable)?.Dispose();
}
