using MigrationLint.Core.Reports;
using MigrationLint.Reporting;

namespace MigrationLint.Cli;

/// <summary>Writes a report in each chosen format, to its file or standard output, and turns the verdict into the exit code.</summary>
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

        var options = new FormatOptions(settings.Verbose);
        foreach (var target in settings.Reports)
        {
            try
            {
                if (target.File is null)
                {
                    ReportFormatters.ByName(target.Format).Write(report, output, options);
                }
                else
                {
                    using var file = new StreamWriter(target.File, append: false, new System.Text.UTF8Encoding(false));
                    ReportFormatters.ByName(target.Format).Write(report, file, options);
                }
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"migrationlint: {target.File}: cannot write the {target.Format} report: {problem.Message}");
                return ExitCodes.Error;
            }
        }

        if (settings.Reports.Any(t => t.Format == "github") && Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            // In GitHub Actions the annotations mark lines; the job summary carries the whole report and the plan.
            using var file = new StreamWriter(summary, append: true, new System.Text.UTF8Encoding(false));
            new MarkdownFormatter().Write(report, file, options);
        }

        if (settings.Reports.Any(t => t.File is null && t.Format != "text"))
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
