using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regie.Storage.Identity;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOutbox"/> from section "Mail" (a folder of .eml files under REGIE_HOME by default, or SMTP),
    /// validated at start-up, and lets ASP.NET Core Identity send its account mails through it.
    /// </summary>
    public static IServiceCollection AddRegieMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new MailFolder(FolderOf(configuration, sp.GetRequiredService<IOptions<MailOptions>>().Value)));
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Mode == MailMode.Smtp
            ? ActivatorUtilities.CreateInstance<SmtpOutbox>(sp)
            : ActivatorUtilities.CreateInstance<FolderOutbox>(sp));
        // A closed registration wins over Identity's open-generic no-op sender, whatever the order.
        services.AddTransient<IEmailSender<RegieUser>, IdentityMailSender>();
        return services;
    }

    private static string FolderOf(IConfiguration configuration, MailOptions options)
    {
        if (options.Folder is { Length: > 0 } folder)
        {
            return Path.GetFullPath(folder);
        }

        var home = configuration["REGIE_HOME"] is { Length: > 0 } h ? h : configuration["Data:Home"] ?? ".regie";
        return Path.Combine(Path.GetFullPath(home), "mail");
    }
}
