using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

public static partial class PopulationFile
{
    /// <summary>
    /// Reads a population file. A missing file is <see cref="PopulationNotFound"/>; a file that is not a Regie
    /// population, of another format version, truncated, or whose columns do not match their content hash is a
    /// <see cref="PopulationFileError"/> that says which.
    /// </summary>
    public static async Task<Result<SyntheticPopulation>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new PopulationNotFound(path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, useAsync: true);
        var prefix = new byte[Magic.Length + 8];
        if (await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken) < prefix.Length || !prefix.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return Fail(path, "not a Regie population file (it does not start with REGIEPOP).");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(prefix.AsSpan(Magic.Length));
        if (version != FormatVersion)
        {
            return Fail(path, $"population file format version {version}; this Regie reads version {FormatVersion}. Make the population again with 'regie population synth'.");
        }

        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(Magic.Length + 4));
        if (headerLength is <= 0 or > MaxHeaderBytes)
        {
            return Fail(path, $"the header length {headerLength} is not plausible; the file is corrupt.");
        }

        var headerBytes = new byte[headerLength];
        if (await stream.ReadAtLeastAsync(headerBytes, headerLength, throwOnEndOfStream: false, cancellationToken) < headerLength)
        {
            return Fail(path, "the file ends inside its header (truncated).");
        }

        Header? header;
        try
        {
            header = JsonSerializer.Deserialize<Header>(headerBytes, Json);
        }
        catch (JsonException e)
        {
            return Fail(path, $"the header is not valid JSON ({e.Message}).");
        }

        if (header is not { Info: not null, Codes: not null, Columns: not null } || header.Households < 0 || header.Persons < 0)
        {
            return Fail(path, "the header lacks the population's info, codes or columns.");
        }

        var population = new SyntheticPopulation(header.Households, header.Persons) { Codes = header.Codes, Info = header.Info };
        var expected = PopulationColumns.Of(population);
        if (header.Columns.Count != expected.Count)
        {
            return Fail(path, $"the file has {header.Columns.Count} columns; this Regie expects {expected.Count}.");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var (column, declared) = (expected[i], header.Columns[i]);
            if (declared.Name != column.Name || declared.Type != column.ElementType || declared.Count != column.Values.Length)
            {
                return Fail(path, $"column {i + 1} is '{declared.Name}' ({declared.Type}, {declared.Count} values); expected '{column.Name}' ({column.ElementType}, {column.Values.Length} values).");
            }

            if (await ReadColumnAsync(stream, column, cancellationToken) is { } problem)
            {
                return Fail(path, problem);
            }
        }

        if (stream.Position != stream.Length)
        {
            return Fail(path, $"{stream.Length - stream.Position} bytes follow the last column; the file is corrupt.");
        }

        var hash = PopulationColumns.ContentHash(population);
        if (hash != header.Info.ContentHash)
        {
            return Fail(path, "the columns do not match the content hash in the header: the file is corrupt.");
        }

        return population.Validate() is { } invalid
            ? Fail(path, $"the columns are inconsistent ({invalid}).")
            : population;
    }

    private static async Task<string?> ReadColumnAsync(FileStream stream, PopulationColumn column, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            if (await stream.ReadAtLeastAsync(buffer.AsMemory(0, 8), 8, throwOnEndOfStream: false, cancellationToken) < 8)
            {
                return $"the file ends before column '{column.Name}' (truncated).";
            }

            var length = BinaryPrimitives.ReadInt64LittleEndian(buffer);
            var expected = column.Values.Length * (long)column.ElementSize;
            if (length != expected)
            {
                return $"column '{column.Name}' has {length} bytes; its header says {expected}.";
            }

            for (var offset = 0L; offset < length; offset += ChunkBytes)
            {
                var count = (int)Math.Min(ChunkBytes, length - offset);
                if (await stream.ReadAtLeastAsync(buffer.AsMemory(0, count), count, throwOnEndOfStream: false, cancellationToken) < count)
                {
                    return $"the file ends inside column '{column.Name}' (truncated).";
                }

                buffer.AsSpan(0, count).CopyTo(column.Bytes[(int)offset..]);
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Result<SyntheticPopulation> Fail(string path, string problem) => new PopulationFileError(path, problem);
}
