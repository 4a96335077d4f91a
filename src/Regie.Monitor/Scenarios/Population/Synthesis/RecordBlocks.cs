namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Runs a per-record body over 0 … count − 1 in fixed blocks on several threads. Safe for determinism because a
/// body only writes to its own record (or its own household's persons) and draws by record index, so the bytes
/// do not depend on how many threads run or in which order the blocks finish.
/// </summary>
internal static class RecordBlocks
{
    private const int BlockSize = 1 << 14;

    public static void For(int count, int? threads, Action<int> body)
    {
        var blocks = (count + BlockSize - 1) / BlockSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 };
        Parallel.For(0, blocks, options, block =>
        {
            var end = Math.Min(count, (block + 1) * BlockSize);
            for (var i = block * BlockSize; i < end; i++)
            {
                body(i);
            }
        });
    }
}
