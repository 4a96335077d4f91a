using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Regie.Web.Hosting;

/// <summary>Prints where Regie can be opened, once the server listens.</summary>
internal static class AddressAnnouncement
{
    public static void AnnounceAddressesOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Regie.Web.Startup");
            foreach (var address in addresses)
            {
                logger.LogInformation("Regie is running at {Address}", address);
            }
        });
}
