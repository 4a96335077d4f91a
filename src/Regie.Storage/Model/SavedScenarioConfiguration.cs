using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Monitor.Scenarios.Saved;

namespace Regie.Storage.Model;

/// <summary>Saved scenarios of the public scenario lab: no organisation, so no tenant filter and no audit events.</summary>
internal sealed class SavedScenarioConfiguration : IEntityTypeConfiguration<SavedScenario>
{
    public const string Table = "SavedScenarios";

    /// <summary>Longest canonical JSON kept; the hosts refuse scenario texts over 16 KB, and canonical JSON of such a text stays well under this.</summary>
    public const int MaxJsonLength = 65_536;

    public void Configure(EntityTypeBuilder<SavedScenario> e)
    {
        e.ToTable(Table);
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasMaxLength(ScenarioLibrary.IdLength).IsUnicode(false);
        e.Property(s => s.Json).HasMaxLength(MaxJsonLength);
    }
}
