using Microsoft.AspNetCore.Identity;

namespace Regie.Storage.Identity;

/// <summary>A sign-in account. Organisation roles live on <see cref="Regie.Workplace.People.Member"/>, per organisation.</summary>
public sealed class RegieUser : IdentityUser
{
    /// <summary>The name other members see.</summary>
    public string DisplayName { get; set; } = "";
}
