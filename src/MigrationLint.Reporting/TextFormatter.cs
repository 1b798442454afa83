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
        var shown = migration.Findings.Where(f => options.ShowSafeFindings || (f.Verdict > Verdict.Safe && !f.IsSuppressed)).ToList();
        foreach (var finding in shown)
        {
            var suppressed = finding.Suppression is { } s ? $" (suppressed: {s.Reason})" : string.Empty;
            output.WriteLine($"  {finding.Span.File}:{finding.Span.Line}:{finding.Span.Column}: {finding.Verdict.ToText()} {finding.RuleId} {finding.RuleName}: {finding.Message}{suppressed}");
            output.WriteLine($"    see {RuleDocumentation.BaseUri}{finding.RuleId}.md");
        }

        var suppressedCount = options.ShowSafeFindings ? 0 : migration.Findings.Count(f => f.IsSuppressed && f.Verdict > Verdict.Safe);
        var hidden = migration.Findings.Length - shown.Count - suppressedCount;
        if (hidden > 0)
        {
            output.WriteLine($"  {hidden} safe {(hidden == 1 ? "finding" : "findings")} not shown (--verbose lists them)");
        }

        if (suppressedCount > 0)
        {
            output.WriteLine($"  {suppressedCount} suppressed {(suppressedCount == 1 ? "finding" : "findings")} not shown (--verbose lists them with their reasons)");
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
        if (report.Migrations.IsEmpty)
        {
            output.WriteLine($"verdict: {report.Verdict.ToText()} (no migrations under review)");
            return;
        }

        var migrations = report.Migrations.Length == 1 ? "1 migration" : $"{report.Migrations.Length} migrations";
        output.WriteLine($"verdict: {report.Verdict.ToText()} ({migrations}: {string.Join(", ", counts)})");
    }

    private static void WritePlan(RollbackPlan plan, TextWriter output)
    {
        output.WriteLine($"rollback plan: {plan.Procedure.ToText()}");
        if (plan.TargetVersion is not null || plan.Folders.Length == 1)
        {
            output.WriteLine($"  target version: {plan.TargetVersion ?? "(before the first migration)"}");
        }

        foreach (var folder in plan.Folders)
        {
            var where = plan.Folders.Length > 1 ? $" in {folder.Directory} (target version {folder.TargetVersion ?? "none"})" : string.Empty;
            output.WriteLine($"  runner{where}: {folder.Runner}");
            if (plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert && folder.Revert.Length > 0)
            {
                output.WriteLine($"  apply these down migrations, newest first ({folder.ScopeReason}):");
                foreach (var step in folder.Revert)
                {
                    output.WriteLine($"    {step.Version}  {step.File}");
                }

                output.WriteLine($"  then fix the runner's bookkeeping: {folder.Bookkeeping}");
                if (folder.RevertCommand is not null)
                {
                    output.WriteLine($"  (or let the runner do both: {folder.RevertCommand})");
                }
            }
        }

        var discards = plan.Discards.ToList();
        if (plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert && discards.Count > 0)
        {
            output.WriteLine("  the revert discards:");
            foreach (var discard in discards)
            {
                output.WriteLine($"    - {discard}");
            }
        }

        output.WriteLine("  steps:");
        for (var i = 0; i < plan.Steps.Length; i++)
        {
            output.WriteLine($"    {i + 1}. {plan.Steps[i]}");
        }

        foreach (var note in plan.Notes)
        {
            output.WriteLine($"  note: {note}");
        }
    }
}
