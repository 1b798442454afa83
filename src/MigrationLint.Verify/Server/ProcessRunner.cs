using System.Diagnostics;

namespace MigrationLint.Verify.Server;

/// <summary>What a finished program said, and how it ended.</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs a program with its arguments as a list (never through a shell), waits for it with a time
/// limit, and kills it (with its children) when the limit passes or the run is cancelled, so an
/// interrupted verify leaves no initdb or pg_ctl behind.
/// </summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception cannot)
        {
            return new ProcessResult(-1, $"cannot run {program}: {cannot.Message}");
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        linked.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(linked.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellation.ThrowIfCancellationRequested();
            return new ProcessResult(-1, $"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s and was stopped");
        }

        return new ProcessResult(process.ExitCode, (output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult()).Trim());
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }
}
