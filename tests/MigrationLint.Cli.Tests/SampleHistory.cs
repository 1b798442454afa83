using System.Diagnostics;
using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

/// <summary>The sample's release history (samples/certhub/make-history.sh) built in a temporary folder.</summary>
internal sealed class SampleHistory : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SampleHistory()
    {
        Root = Path.Combine(_folder.Path, "certhub");
        var script = Path.Combine(RepositoryPaths.Samples, "certhub", "make-history.sh");
        var (code, output) = Shell.Run(_folder.Path, "bash", script, Root);
        if (code != 0)
        {
            throw new InvalidOperationException($"make-history.sh failed: {output}");
        }
    }

    public string Root { get; }

    public string Git(params string[] arguments)
    {
        var (code, output) = Shell.Run(Root, "git", arguments);
        return code == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {output}");
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Runs a program with arguments as a list (no shell) and returns its exit code and output.</summary>
internal static class Shell
{
    public static (int Code, string Output) Run(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
