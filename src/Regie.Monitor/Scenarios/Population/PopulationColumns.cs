using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Regie.Monitor.Scenarios.Population;

/// <summary>One column of a population: its name, element type and values (viewed as raw little-endian bytes).</summary>
/// <param name="Name">Property name in <see cref="SyntheticPopulation"/>.</param>
/// <param name="ElementType">Element type: int8, uint8, int16, int32, int64 or float64.</param>
/// <param name="ElementSize">Bytes per element.</param>
/// <param name="Values">The array itself (shared with the population).</param>
public sealed record PopulationColumn(string Name, string ElementType, int ElementSize, Array Values)
{
    /// <summary>The values' bytes in memory (little-endian on every platform Regie runs on).</summary>
    public Span<byte> Bytes =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(Values), checked(Values.Length * ElementSize));
}

/// <summary>The columns of a population in their one canonical order, and the content hash over them.</summary>
public static class PopulationColumns
{
    /// <summary>Every column, households first, in the order files store and hashes read them.</summary>
    public static IReadOnlyList<PopulationColumn> Of(SyntheticPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var p = population;
        return
        [
            new("FirstPerson", "int32", 4, p.FirstPerson),
            new("Weight", "float64", 8, p.Weight),
            new("Type", "uint8", 1, p.Type),
            new("Province", "uint8", 1, p.Province),
            new("LiquidAssetsCents", "int64", 8, p.LiquidAssetsCents),
            new("HouseholdOf", "int32", 4, p.HouseholdOf),
            new("Age", "uint8", 1, p.Age),
            new("Sex", "uint8", 1, p.Sex),
            new("Role", "uint8", 1, p.Role),
            new("Education", "uint8", 1, p.Education),
            new("Status", "uint8", 1, p.Status),
            new("Occupation", "int16", 2, p.Occupation),
            new("Sector", "int8", 1, p.Sector),
            new("WageCents", "int32", 4, p.WageCents),
            new("HoursPerWeek", "uint8", 1, p.HoursPerWeek),
            new("SelfEmploymentCents", "int32", 4, p.SelfEmploymentCents),
            new("PensionCents", "int32", 4, p.PensionCents),
            new("CapitalIncomeCents", "int32", 4, p.CapitalIncomeCents),
            new("YearsBefore2016", "uint8", 1, p.YearsBefore2016),
            new("YearsSince2016", "uint8", 1, p.YearsSince2016),
            new("WwMonthsLeft", "uint8", 1, p.WwMonthsLeft),
            new("PriorWageCents", "int32", 4, p.PriorWageCents),
        ];
    }

    /// <summary>
    /// SHA-256 (hex) over every column: its name, a zero byte, its byte length (int64, little-endian) and its
    /// bytes. Equal columns give equal hashes on every machine; <see cref="PopulationInfo"/> is not part of it.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">The machine is big-endian.</exception>
    public static string ContentHash(SyntheticPopulation population)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Population columns are defined as little-endian bytes.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var column in Of(population))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(column.Name));
            hash.AppendData([0]);
            var bytes = column.Bytes;
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
