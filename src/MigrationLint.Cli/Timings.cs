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
        _error.WriteLine($"timing: {phase,-18} {(now - _last).TotalMilliseconds,8:F1} ms (since start of process: {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms)");
        _last = now;
    }
}
