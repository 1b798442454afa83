using System.CommandLine;
using MigrationLint.Postgres.Native;
using MigrationLint.Core.Rules;

namespace MigrationLint.Cli;

/// <summary>
/// The command line: the only place that talks to the console. Every failure a user can cause
/// ends as one clear line on standard error and exit code 2, never a stack trace.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("MigrationLint: can this release be rolled back, and how?")
        {
            CheckCommand.Create(output, error),
            ReleaseCommand.Create(output, error),
            PlanCommand.Create(output, error),
            VerifyCommand.Create(output, error),
            InitCommand.Create(output, error),
            ExplainCommand.Create(output, error),
            RulesCommand.Create(output),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(output);
        ParseResult parse;
        try
        {
            parse = root.Parse(args);
        }
        catch (InvalidOperationException refused)
        {
            // A validator that reads a value the parser refused; the message is the parser's own.
            error.WriteLine($"migrationlint: {refused.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Error;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"migrationlint: {problem.Message}");
            }

            error.WriteLine("Run 'migrationlint --help' for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (PgQueryLibraryNotFoundException missing)
        {
            error.WriteLine($"migrationlint: {missing.Message}");
            return ExitCodes.Error;
        }
        catch (MigrationLint.Core.Configuration.ConfigException bad)
        {
            error.WriteLine($"migrationlint: {bad.Message}");
            return ExitCodes.Error;
        }
        catch (RuleCatalogueException broken)
        {
            error.WriteLine($"migrationlint: the rule catalogue is broken: {broken.Message}");
            return ExitCodes.Error;
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            error.WriteLine($"migrationlint: internal error: {unexpected.GetType().Name}: {unexpected.Message}");
            error.WriteLine("This is a bug in MigrationLint; please report it with the input that caused it.");
            if (Environment.GetEnvironmentVariable("MIGRATIONLINT_DEBUG") is { Length: > 0 })
            {
                error.WriteLine(unexpected);
            }

            return ExitCodes.Error;
        }
    }
}
