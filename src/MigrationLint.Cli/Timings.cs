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

    public static Timings FromEnvironment(TextWriter error) =>
        new(Environment.GetEnvironmentVariable("MIGRATIONLINT_TIMINGS") is { Length: > 0 } ? error : null);

    public void Mark(string phase)
    {
        if (_error is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        _error.WriteLine($"timing: {phase,-18} {(now - _last).TotalMilliseconds,8:F1} ms {(allocated - _allocated) / 1048576.0,8:F1} MB allocated, {GC.CollectionCount(0)} GCs so far");
        _last = now;
        _allocated = allocated;
    }
}
