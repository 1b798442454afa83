using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Reporting;

/// <summary>
/// For people at a terminal: each finding as <c>file:line:column: verdict rule name: message</c>
/// with a link to the rule's page, grouped by migration; then the verdict and the rollback plan.
/// Safe findings are counted, not listed, unless asked for. Every line is one line: names and SQL
/// from the migrations cannot break it (a CI log would read a line they start as a workflow command).
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    public string Name => "text";

    public void Write(AnalysisReport report, TextWriter output, FormatOptions options)
    {
        foreach (var error in report.Errors)
        {
            WriteLine(output, error.Line > 0 ? $"{error.File}:{error.Line}:{error.Column}: error: {error.Message}" : $"{error.File}: error: {error.Message}");
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
        WriteLine(output, $"migration {migration.Version} {migration.Name} (read as {migration.Dialect}){scope}: {migration.Verdict.ToText()}");
        var shown = migration.Findings.Where(f => options.ShowSafeFindings || (f.Verdict > Verdict.Safe && !f.IsSuppressed)).ToList();
        foreach (var finding in shown)
        {
            var suppressed = finding.Suppression is { } s ? $" (suppressed: {s.Reason})" : string.Empty;
            WriteLine(output, $"  {finding.Span.File}:{finding.Span.Line}:{finding.Span.Column}: {finding.Verdict.ToText()} {finding.RuleId} {finding.RuleName}: {finding.Message}{suppressed}");
            WriteLine(output, $"    see {RuleDocumentation.BaseUri}{finding.RuleId}.md");
        }

        var suppressedCount = options.ShowSafeFindings ? 0 : migration.Findings.Count(f => f.IsSuppressed && f.Verdict > Verdict.Safe);
        var hidden = migration.Findings.Length - shown.Count - suppressedCount;
        if (hidden > 0)
        {
            WriteLine(output, $"  {hidden} safe {(hidden == 1 ? "finding" : "findings")} not shown (--verbose lists them)");
        }

        if (suppressedCount > 0)
        {
            WriteLine(output, $"  {suppressedCount} suppressed {(suppressedCount == 1 ? "finding" : "findings")} not shown (--verbose lists them with their reasons)");
        }

        if (migration.Findings.IsEmpty)
        {
            WriteLine(output, "  no statements");
        }

        output.WriteLine();
    }

    private static void WriteNotices(AnalysisReport report, TextWriter output)
    {
        if (report.Notices.IsEmpty)
        {
            return;
        }

        WriteLine(output, "notes:");
        foreach (var notice in report.Notices)
        {
            WriteLine(output, $"  {notice.File}: {notice.Kind}: {notice.Message}");
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
            WriteLine(output, $"verdict: {report.Verdict.ToText()} (no migrations under review)");
            return;
        }

        var migrations = report.Migrations.Length == 1 ? "1 migration" : $"{report.Migrations.Length} migrations";
        WriteLine(output, $"verdict: {report.Verdict.ToText()} ({migrations}: {string.Join(", ", counts)})");
    }

    private static void WritePlan(RollbackPlan plan, TextWriter output)
    {
        WriteLine(output, $"rollback plan: {plan.Procedure.ToText()}");
        if (plan.TargetVersion is not null || plan.Folders.Length == 1)
        {
            WriteLine(output, $"  target version: {plan.TargetVersion ?? "(before the first migration)"}");
        }

        foreach (var folder in plan.Folders)
        {
            var where = plan.Folders.Length > 1 ? $" in {folder.Directory} (target version {folder.TargetVersion ?? "none"})" : string.Empty;
            WriteLine(output, $"  runner{where}: {folder.Runner}");
            if (plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert && folder.Revert.Length > 0)
            {
                WriteLine(output, $"  apply these down migrations, newest first ({folder.ScopeReason}):");
                foreach (var step in folder.Revert)
                {
                    WriteLine(output, $"    {step.Version}  {step.File}");
                }

                WriteLine(output, $"  then fix the runner's bookkeeping: {folder.Bookkeeping}");
                if (folder.RevertCommand is not null)
                {
                    WriteLine(output, $"  (or let the runner do both: {folder.RevertCommand})");
                }
            }
        }

        var discards = plan.Discards.ToList();
        if (plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert && discards.Count > 0)
        {
            WriteLine(output, "  the revert discards:");
            foreach (var discard in discards)
            {
                WriteLine(output, $"    - {discard}");
            }
        }

        WriteLine(output, "  steps:");
        for (var i = 0; i < plan.Steps.Length; i++)
        {
            WriteLine(output, $"    {i + 1}. {plan.Steps[i]}");
        }

        foreach (var note in plan.Notes)
        {
            WriteLine(output, $"  note: {note}");
        }
    }

    /// <summary>
    /// Writes one line of output. Line breaks and other control characters inside it (quoted
    /// identifiers, file names) are shown escaped, as in a string literal, so the text cannot start a
    /// new line, move the cursor back over what was printed, or send terminal escape sequences; and a
    /// <c>[</c> after <c>##</c> is written <c>\[</c>, because the GitHub Actions runner reads
    /// <c>##[command]</c> anywhere in a line of the log.
    /// </summary>
    private static void WriteLine(TextWriter output, string line)
    {
        if (!line.Any(char.IsControl) && !line.Contains("##[", StringComparison.Ordinal))
        {
            output.WriteLine(line);
            return;
        }

        var escaped = new System.Text.StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                '[' when i >= 2 && line[i - 1] == '#' && line[i - 2] == '#' => "\\[",
                _ => c.ToString(),
            });
        }

        output.WriteLine(escaped.ToString());
    }
}
