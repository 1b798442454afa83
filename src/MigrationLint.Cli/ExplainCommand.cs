using System.CommandLine;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Cli;

/// <summary><c>migrationlint explain ML301</c> (or a rule name): prints the rule's page.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rule = new Argument<string>("rule") { Description = "A rule id (ML301) or name (rename-column)" };
        var command = new Command("explain", "Show a rule's documentation") { rule };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(rule)!;
            var metadata = RuleCatalogue.All.Values.FirstOrDefault(m =>
                m.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase) || m.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
            if (metadata is null)
            {
                error.WriteLine($"migrationlint: no rule '{wanted}'; 'migrationlint rules' lists them");
                return ExitCodes.Error;
            }

            output.WriteLine($"{metadata.Id} {metadata.Name} ({metadata.Verdict.ToText()}): {metadata.Title}");
            output.WriteLine();
            output.WriteLine(metadata.Documentation);
            return ExitCodes.Passed;
        });
        return command;
    }
}
