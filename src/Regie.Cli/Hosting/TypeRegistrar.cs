using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Regie.Cli.Hosting;

/// <summary>
/// Lets Spectre.Console.Cli register its own types (commands, settings, console) in our
/// <see cref="IServiceCollection"/>, so commands get the Regie services by constructor injection.
/// </summary>
internal sealed class TypeRegistrar(IServiceCollection services) : ITypeRegistrar
{
    public ITypeResolver Build() => new TypeResolver(services.BuildServiceProvider());

    public void Register(Type service, Type implementation) => services.AddSingleton(service, implementation);

    public void RegisterInstance(Type service, object implementation) => services.AddSingleton(service, implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        services.AddSingleton(service, _ => factory());
    }
}
