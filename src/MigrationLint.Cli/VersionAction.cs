using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using MigrationLint.Postgres.Native;

namespace MigrationLint.Cli;

/// <summary>
/// <c>--version</c>: the tool's version on the first line (what scripts read), then which libpg_query
/// it loads, so a bug report says whether the bundled copy or a system library parsed the SQL.
/// </summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string ToolVersion { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(ToolVersion);
        try
        {
            PgQueryLibrary.EnsureLoaded();
            output.WriteLine($"libpg_query: {PgQueryLibrary.LoadedFrom} ({PgQueryLibrary.LoadedOrigin})");
        }
        catch (PgQueryLibraryNotFoundException missing)
        {
            // --version still answers: the missing parser is what the user needs to hear about.
            output.WriteLine($"libpg_query: not found. {missing.Message}");
        }

        return ExitCodes.Passed;
    }
}
