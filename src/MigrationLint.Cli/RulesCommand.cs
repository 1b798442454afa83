using System.CommandLine;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Cli;

/// <summary><c>migrationlint rules</c>: every rule with its verdict and title.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("rules", "List the rules");
        command.SetAction(_ =>
        {
            foreach (var metadata in RuleCatalogue.All.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                output.WriteLine($"{metadata.Id}  {metadata.Verdict.ToText(),-13}  {metadata.Name,-34}  {metadata.Title}");
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}
