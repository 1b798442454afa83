using System.Text;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Reporting;

/// <summary>
/// A report for a pull-request comment, a job summary or a release note: the verdict first, a table
/// of migrations, the findings above safe with links to their rules, then the rollback plan. Kept
/// under GitHub's 1 MiB summary limit: when findings would not fit, the rest are left out and the
/// report says how many.
/// </summary>
public sealed class MarkdownFormatter : IReportFormatter
{
    /// <summary>GitHub refuses step summaries over 1 MiB; leave room for the plan and the closing note.</summary>
    public const int DefaultByteBudget = 1024 * 1024 - 64 * 1024;

    private readonly int _byteBudget;

    public MarkdownFormatter(int byteBudget = DefaultByteBudget)
    {
        _byteBudget = byteBudget;
    }

    public string Name => "markdown";

    public void Write(AnalysisReport report, TextWriter output, FormatOptions options)
    {
        var text = new StringBuilder();
        text.Append("## MigrationLint: ").Append(report.Verdict.ToText()).Append("\n\n");
        text.Append(Headline(report)).Append("\n\n");
        WriteErrors(report, text);
        WriteMigrationTable(report, text);
        WriteFindings(report, options, text);
        WriteNotices(report, text);
        WritePlan(report.RollbackPlan, text);
        output.Write(text.ToString());
    }

    private static string Headline(AnalysisReport report) => report.RollbackPlan.Procedure switch
    {
        RollbackProcedure.FullRestore => "**Rolling back needs a full restore from backup**: a change destroys data the previous release needs.",
        RollbackProcedure.RollbackWithSchemaRevert => "**Rolling back needs a schema revert**: run the down migrations below, then `helm rollback`.",
        _ when report.Verdict == Verdict.Review => "**A person must review the findings below** before relying on a plain `helm rollback`.",
        _ => "**A plain `helm rollback` is enough**: the previous release can run on the new schema.",
    };

    private static void WriteErrors(AnalysisReport report, StringBuilder text)
    {
        if (report.Errors.IsEmpty)
        {
            return;
        }

        text.Append("### Input errors\n\n");
        foreach (var error in report.Errors)
        {
            text.Append("- ").Append(Code(error.ToString())).Append('\n');
        }

        text.Append('\n');
    }

    private static void WriteMigrationTable(AnalysisReport report, StringBuilder text)
    {
        text.Append("| migration | dialect | verdict | findings above safe |\n|---|---|---|---|\n");
        foreach (var migration in report.Migrations)
        {
            var released = migration.InWindow ? string.Empty : " (released earlier)";
            text.Append("| ").Append(Code(migration.Version)).Append(' ').Append(Escape(migration.Name)).Append(released)
                .Append(" | ").Append(migration.Dialect)
                .Append(" | ").Append(migration.Verdict.ToText())
                .Append(" | ").Append(migration.Findings.Count(f => f.Verdict > Verdict.Safe && !f.IsSuppressed)).Append(" |\n");
        }

        text.Append('\n');
    }

    private void WriteFindings(AnalysisReport report, FormatOptions options, StringBuilder text)
    {
        var findings = report.Migrations
            .SelectMany(m => m.Findings)
            .Where(f => !f.IsSuppressed && (options.ShowSafeFindings || f.Verdict > Verdict.Safe))
            .OrderByDescending(f => f.Verdict)
            .ToList();
        if (findings.Count == 0)
        {
            return;
        }

        text.Append("### Findings\n\n");
        var written = 0;
        foreach (var finding in findings)
        {
            var line = $"- **{finding.Verdict.ToText()}** [{finding.RuleId} {finding.RuleName}]({RuleDocumentation.BaseUri}{finding.RuleId}.md) " +
                $"{Code($"{finding.Span.File}:{finding.Span.Line}:{finding.Span.Column}")}: {Escape(finding.Message)}\n";
            if (Encoding.UTF8.GetByteCount(line) + text.Length > _byteBudget)
            {
                break;
            }

            text.Append(line);
            written++;
        }

        if (written < findings.Count)
        {
            text.Append("\n_").Append(findings.Count - written).Append(" more findings are not shown: the report would exceed GitHub's 1 MiB summary limit. ")
                .Append("The JSON and SARIF reports have them all._\n");
        }

        text.Append('\n');
    }

    private static void WriteNotices(AnalysisReport report, StringBuilder text)
    {
        if (report.Notices.IsEmpty)
        {
            return;
        }

        text.Append("### Notes\n\n");
        foreach (var notice in report.Notices)
        {
            text.Append("- ").Append(Code(notice.File)).Append(": ").Append(Escape(notice.Message)).Append('\n');
        }

        text.Append('\n');
    }

    private static void WritePlan(RollbackPlan plan, StringBuilder text)
    {
        text.Append("### Rollback plan: ").Append(plan.Procedure.ToText()).Append("\n\n");
        if (plan.TargetVersion is not null)
        {
            text.Append("Target version: ").Append(Code(plan.TargetVersion)).Append("\n\n");
        }

        for (var i = 0; i < plan.Steps.Length; i++)
        {
            text.Append(i + 1).Append(". ").Append(Escape(plan.Steps[i])).Append('\n');
        }

        text.Append('\n');
        if (plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert)
        {
            foreach (var folder in plan.Folders.Where(f => f.Bookkeeping is not null))
            {
                text.Append("Bookkeeping for ").Append(folder.Runner).Append(" (").Append(Code(folder.Directory)).Append("):\n\n```sql\n")
                    .Append(folder.Bookkeeping).Append("\n```\n\n");
            }

            var discards = plan.Discards.ToList();
            if (discards.Count > 0)
            {
                text.Append("The revert discards:\n\n");
                foreach (var discard in discards)
                {
                    text.Append("- ").Append(Escape(discard)).Append('\n');
                }

                text.Append('\n');
            }
        }

        foreach (var note in plan.Notes)
        {
            text.Append("> ").Append(Escape(note)).Append('\n');
        }
    }

    /// <summary>Inline code that survives any content (backticks in file names, identifiers).</summary>
    private static string Code(string value)
    {
        var fence = new string('`', LongestRun(value, '`') + 1);
        var padding = value.StartsWith('`') || value.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{padding}{value.ReplaceLineEndings(" ")}{padding}{fence}";
    }

    /// <summary>Text that cannot open HTML, links, emphasis or tables, and stays on its line.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static int LongestRun(string value, char c)
    {
        int longest = 0, current = 0;
        foreach (var character in value)
        {
            current = character == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
