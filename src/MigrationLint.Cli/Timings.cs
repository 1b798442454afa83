using System.Diagnostics;

namespace MigrationLint.Cli;

/// <summary>
/// Phase timings on standard error when MIGRATIONLINT_TIMINGS is set: where a run spends its time,
/// for the benchmark and for anyone chasing a slow run. Silent otherwise.
/// </summary>
internal sealed class Timings
{
    private readonly TextWriter? _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private long _allocated;

    private Timings(TextWriter? error)
    {
        _error = error;
    }

    public static Timings FromEnvironment(TextWriter error)
    {
        if (Environment.GetEnvironmentVariable("MIGRATIONLINT_TIMINGS") is not { Length: > 0 })
        {
            return new(null);
        }

        // What came before the command ran: process start, runtime, libpg_query, argument parsing.
        using var process = Process.GetCurrentProcess();
        error.WriteLine($"timing: {"start-up",-18} {(DateTime.Now - process.StartTime).TotalMilliseconds,8:F1} ms {GC.GetTotalAllocatedBytes() / 1048576.0,8:F1} MB allocated, {GC.CollectionCount(0)} GCs so far ({GC.CollectionCount(2)} full)");
        return new(error) { _allocated = GC.GetTotalAllocatedBytes() };
    }

    public void Mark(string phase)
    {
        if (_error is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        var heap = GC.GetGCMemoryInfo();
        _error.WriteLine($"timing: {phase,-18} {(now - _last).TotalMilliseconds,8:F1} ms {(allocated - _allocated) / 1048576.0,8:F1} MB allocated, {GC.CollectionCount(0)} GCs so far ({GC.CollectionCount(2)} full), {heap.PromotedBytes / 1048576.0:F1} MB survived the last, {heap.HeapSizeBytes / 1048576.0:F1} MB heap, {Environment.WorkingSet / 1048576.0:F1} MB resident");
        _last = now;
        _allocated = allocated;
    }
}
