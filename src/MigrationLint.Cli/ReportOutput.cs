using MigrationLint.Core.Reports;
using MigrationLint.Reporting;

namespace MigrationLint.Cli;

/// <summary>Writes a report in the chosen format and turns its verdict into the exit code.</summary>
internal static class ReportOutput
{
    public static int Write(AnalysisReport report, AnalysisSettings settings, TextWriter output, TextWriter error)
    {
        if (report.Migrations.IsEmpty && !report.Errors.IsEmpty)
        {
            foreach (var problem in report.Errors)
            {
                error.WriteLine($"migrationlint: {problem}");
            }

            return ExitCodes.Error;
        }

        ReportFormatters.ByName(settings.Format).Write(report, output, new FormatOptions(settings.Verbose));
        if (settings.Format != "text")
        {
            // Machine-readable output stays clean; input errors still reach the person on standard error.
            foreach (var problem in report.Errors)
            {
                error.WriteLine($"migrationlint: {problem}");
            }
        }

        return CommonOptions.ExitCodeFor(report.Verdict, settings.FailOn);
    }
}
