namespace MigrationLint.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with the repository root as working directory, so paths in the output are stable.</summary>
    public static Result RunInRepository(params string[] args) => RunIn(Testing.RepositoryPaths.Root, args);

    /// <summary>Runs with <paramref name="directory"/> as working directory.</summary>
    public static Result RunIn(string directory, params string[] args)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            return Run(args);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
