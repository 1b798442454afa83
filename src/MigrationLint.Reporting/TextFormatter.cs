using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Reporting;

/// <summary>
/// For people at a terminal: each finding as <c>file:line:column: verdict rule name: message</c>
/// with a link to the rule's page, grouped by migration; then the verdict and the rollback plan.
/// Safe findings are counted, not listed, unless asked for.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    public string Name => "text";

    public void Write(AnalysisReport report, TextWriter output, FormatOptions options)
    {
        foreach (var error in report.Errors)
        {
            output.WriteLine(error.Line > 0 ? $"{error.File}:{error.Line}:{error.Column}: error: {error.Message}" : $"{error.File}: error: {error.Message}");
        }

        if (report.Errors.Length > 0)
        {
            output.WriteLine();
        }

        foreach (var migration in report.Migrations)
        {
            WriteMigration(migration, output, options);
        }

        WriteNotices(report, output);
        WriteSummary(report, output);
        WritePlan(report.RollbackPlan, output);
    }

    private static void WriteMigration(MigrationReport migration, TextWriter output, FormatOptions options)
    {
        var scope = migration.InWindow ? string.Empty : " (released earlier)";
        output.WriteLine($"migration {migration.Version} {migration.Name}{scope}: {migration.Verdict.ToText()}");
        var shown = migration.Findings.Where(f => options.ShowSafeFindings || f.Verdict > Verdict.Safe).ToList();
        foreach (var finding in shown)
        {
            output.WriteLine($"  {finding.Span.File}:{finding.Span.Line}:{finding.Span.Column}: {finding.Verdict.ToText()} {finding.RuleId} {finding.RuleName}: {finding.Message}");
            output.WriteLine($"    see {RuleDocumentation.BaseUri}{finding.RuleId}.md");
        }

        var hidden = migration.Findings.Length - shown.Count;
        if (hidden > 0)
        {
            output.WriteLine($"  {hidden} safe {(hidden == 1 ? "finding" : "findings")} not shown (--verbose lists them)");
        }

        if (migration.Findings.IsEmpty)
        {
            output.WriteLine("  no statements");
        }

        output.WriteLine();
    }

    private static void WriteNotices(AnalysisReport report, TextWriter output)
    {
        if (report.Notices.IsEmpty)
        {
            return;
        }

        output.WriteLine("notes:");
        foreach (var notice in report.Notices)
        {
            output.WriteLine($"  {notice.File}: {notice.Kind}: {notice.Message}");
        }

        output.WriteLine();
    }

    private static void WriteSummary(AnalysisReport report, TextWriter output)
    {
        var counts = report.Migrations
            .GroupBy(m => m.Verdict)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToText()}");
        var migrations = report.Migrations.Length == 1 ? "1 migration" : $"{report.Migrations.Length} migrations";
        output.WriteLine($"verdict: {report.Verdict.ToText()} ({migrations}: {string.Join(", ", counts)})");
    }

    private static void WritePlan(RollbackPlan plan, TextWriter output)
    {
        output.WriteLine($"rollback plan: {plan.Procedure.ToText()}");
        if (plan.Revert.Length > 0)
        {
            output.WriteLine("  apply these down migrations, newest first:");
            foreach (var step in plan.Revert)
            {
                output.WriteLine($"    {step.Version}  {step.File}");
            }
        }

        if (plan.Procedure != RollbackProcedure.StandardRollback)
        {
            output.WriteLine($"  target version: {plan.TargetVersion ?? "(before the first migration)"}");
        }

        foreach (var note in plan.Notes)
        {
            output.WriteLine($"  note: {note}");
        }
    }
}
