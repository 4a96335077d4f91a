using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

/// <summary>
/// The <c>.rpop</c> file of a synthetic population, compact and columnar:
/// <code>
/// "REGIEPOP"  8 bytes magic
/// version     uint32 little-endian (1)
/// header      int32 length + UTF-8 JSON: info (with the content hash), codes, households, persons, columns (name, type, count)
/// columns     per column, in PopulationColumns order: int64 byte length + the values, raw little-endian
/// </code>
/// The content hash is SHA-256 over the columns (<see cref="PopulationColumns.ContentHash"/>); loading checks it.
/// Files live in REGIE_HOME/populations/&lt;name&gt;.rpop by default.
/// </summary>
public static partial class PopulationFile
{
    /// <summary>Version of the layout above; files of another version are refused with a clear error.</summary>
    public const uint FormatVersion = 1;

    /// <summary>The file extension.</summary>
    public const string Extension = ".rpop";

    /// <summary>The name used when none is given.</summary>
    public const string DefaultName = "default";

    private const int MaxHeaderBytes = 16 << 20;
    private const int ChunkBytes = 1 << 20;

    private static ReadOnlySpan<byte> Magic => "REGIEPOP"u8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>REGIE_HOME/populations/&lt;name&gt;.rpop.</summary>
    public static string PathOf(DataOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(Path.GetFullPath(options.Home), "populations", name + Extension);
    }

    /// <summary>The error for a name that cannot be a file name (letters, digits, '.', '_', '-'; at most 64), or null.</summary>
    public static ValidationError? ValidateName(string? name) => name is not null && NamePattern().IsMatch(name)
        ? null
        : ValidationError.For("name", $"'{name}' is not a population name: use letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit).");

    /// <summary>
    /// Writes the population (to a temporary file first, moved into place when complete) and returns its info
    /// with the content hash of the columns.
    /// </summary>
    public static async Task<PopulationInfo> SaveAsync(SyntheticPopulation population, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(population);
        var info = population.Info with { ContentHash = PopulationColumns.ContentHash(population) };
        var columns = PopulationColumns.Of(population);
        var header = new Header(info, population.Codes, population.HouseholdCount, population.PersonCount,
            [.. columns.Select(c => new ColumnHeader(c.Name, c.ElementType, c.Values.Length))]);
        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header, Json);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!); // a full file path has a folder
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, ChunkBytes, useAsync: true))
            {
                var prefix = new byte[Magic.Length + 8];
                Magic.CopyTo(prefix);
                BinaryPrimitives.WriteUInt32LittleEndian(prefix.AsSpan(Magic.Length), FormatVersion);
                BinaryPrimitives.WriteInt32LittleEndian(prefix.AsSpan(Magic.Length + 4), headerBytes.Length);
                await stream.WriteAsync(prefix, cancellationToken);
                await stream.WriteAsync(headerBytes, cancellationToken);
                var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                try
                {
                    foreach (var column in columns)
                    {
                        await WriteColumnAsync(stream, column, buffer, cancellationToken);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return info;
    }

    private static async Task WriteColumnAsync(FileStream stream, PopulationColumn column, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = column.Values.Length * (long)column.ElementSize;
        BinaryPrimitives.WriteInt64LittleEndian(buffer, length);
        await stream.WriteAsync(buffer.AsMemory(0, 8), cancellationToken);
        for (var offset = 0L; offset < length; offset += ChunkBytes)
        {
            var count = (int)Math.Min(ChunkBytes, length - offset);
            column.Bytes.Slice((int)offset, count).CopyTo(buffer);
            await stream.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    private sealed record Header(PopulationInfo Info, PopulationCodes Codes, int Households, int Persons, List<ColumnHeader> Columns);

    private sealed record ColumnHeader(string Name, string Type, long Count);
}
