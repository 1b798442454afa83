using System.Runtime.InteropServices;

namespace MigrationLint.Cli;

/// <summary>
/// Ctrl-C (and SIGTERM, SIGQUIT) cancel the run, so the throwaway server is stopped and its folder
/// removed on the way out; a second signal ends the process at once (the exit hook still stops it).
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    private Interrupts(CancellationTokenSource cancellation)
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal => PosixSignalRegistration.Create(signal, context =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        }))];
    }

    public static Interrupts CancelOn(CancellationTokenSource cancellation) => new(cancellation);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
