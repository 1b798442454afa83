using System.Text;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> annotation per
/// finding above safe, most severe first, then one plain summary line. GitHub shows at most ten
/// annotations of each kind per step, so the rest are left out and a closing notice says how many.
/// </summary>
/// <remarks>
/// The output goes to a build log the runner scans for commands, and file names, identifiers and SQL
/// come from the repository under review. The runner reads a command from any line that starts, after
/// leading white space, with <c>::</c>, and a legacy <c>##[command]</c> from anywhere in a line that is
/// not a <c>::</c> command. So every line we print starts with one of our own commands or with
/// <c>MigrationLint:</c>, and every value is escaped the way the runner unescapes it: nothing from the
/// report can end a line, close a property or open a command of its own.
/// </remarks>
public sealed class GitHubFormatter : IReportFormatter
{
    /// <summary>GitHub's limit of annotations of one kind (error, warning, notice) per step.</summary>
    public const int AnnotationsPerKind = 10;

    public string Name => "github";

    public void Write(AnalysisReport report, TextWriter output, FormatOptions options)
    {
        var annotations = Annotations(report).ToList();
        var text = new StringBuilder();
        var overflow = Enum.GetValues<AnnotationKind>().Any(kind => annotations.Count(a => a.Kind == kind) > AnnotationsPerKind);
        var shown = 0;
        foreach (var kind in Enum.GetValues<AnnotationKind>())
        {
            // Our closing notice is a notice too: when one is needed, it takes the last notice slot.
            var limit = overflow && kind == AnnotationKind.Notice ? AnnotationsPerKind - 1 : AnnotationsPerKind;
            foreach (var annotation in annotations.Where(a => a.Kind == kind).Take(limit))
            {
                annotation.AppendTo(text);
                shown++;
            }
        }

        var hidden = annotations.Count - shown;
        if (hidden > 0)
        {
            var message = $"{hidden} more {(hidden == 1 ? "finding is" : "findings are")} not annotated: GitHub shows at most " +
                $"{AnnotationsPerKind} errors, {AnnotationsPerKind} warnings and {AnnotationsPerKind} notices per step. " +
                "The job summary (--format markdown) and the JSON or SARIF report list every finding.";
            new Annotation(AnnotationKind.Notice, null, "MigrationLint", message).AppendTo(text);
        }

        text.Append(Summary(report)).Append('\n');
        output.Write(text.ToString());
    }

    /// <summary>Input errors first (the analysis is incomplete), then findings above safe, most severe first.</summary>
    private static IEnumerable<Annotation> Annotations(AnalysisReport report)
    {
        foreach (var error in report.Errors)
        {
            var location = new AnnotationLocation(error.File, error.Line, error.Column, error.Line, null);
            yield return new Annotation(AnnotationKind.Error, location, "MigrationLint input error", error.Message);
        }

        var findings = report.Migrations
            .SelectMany(m => m.Findings)
            .Where(f => !f.IsSuppressed && f.Verdict > Verdict.Safe)
            .OrderByDescending(f => f.Verdict);
        foreach (var finding in findings)
        {
            var span = finding.Span;
            var location = new AnnotationLocation(span.File, span.Line, span.Column, span.EndLine, span.EndColumn);
            yield return new Annotation(
                KindOf(finding.Verdict),
                location,
                $"{finding.RuleId} {finding.RuleName} ({finding.Verdict.ToText()})",
                $"{finding.Message}\nRule: {RuleDocumentation.BaseUri}{finding.RuleId}.md");
        }
    }

    private static AnnotationKind KindOf(Verdict verdict) => verdict switch
    {
        Verdict.FullRestore or Verdict.SchemaRevert => AnnotationKind.Error,
        Verdict.Review => AnnotationKind.Warning,
        _ => AnnotationKind.Notice,
    };

    /// <summary>For the person reading the log: never a command, whatever the report holds.</summary>
    private static string Summary(AnalysisReport report)
    {
        var plan = report.RollbackPlan;
        var counted = report.Migrations.SelectMany(m => m.Findings).Where(f => f.Verdict > Verdict.Safe).ToList();
        var suppressed = counted.Count(f => f.IsSuppressed);
        var summary = new StringBuilder("MigrationLint: verdict ").Append(report.Verdict.ToText())
            .Append(", rollback plan ").Append(plan.Procedure.ToText());
        if (plan.TargetVersion is not null)
        {
            summary.Append(" (target version ").Append(Plain(plan.TargetVersion)).Append(')');
        }

        summary.Append("; ").Append(counted.Count - suppressed).Append(counted.Count - suppressed == 1 ? " finding" : " findings").Append(" above safe");
        if (suppressed > 0)
        {
            summary.Append(", ").Append(suppressed).Append(" suppressed");
        }

        if (!report.Errors.IsEmpty)
        {
            summary.Append(", ").Append(report.Errors.Length).Append(report.Errors.Length == 1 ? " input error" : " input errors");
        }

        return summary.ToString();
    }

    /// <summary>
    /// Data in a plain line: line breaks escaped like command data, and <c>[</c> escaped as the legacy
    /// <c>##[</c> syntax does, so the line can neither break nor hold a legacy command.
    /// </summary>
    private static string Plain(string value) => Escape.Data(value).Replace("[", "%5B", StringComparison.Ordinal);

    private enum AnnotationKind
    {
        Error,
        Warning,
        Notice,
    }

    /// <summary>Where an annotation points; columns only count on a single line, and only when they make a range.</summary>
    private sealed record AnnotationLocation(string File, int Line, int Column, int EndLine, int? EndColumn);

    private sealed record Annotation(AnnotationKind Kind, AnnotationLocation? Location, string Title, string Message)
    {
        public void AppendTo(StringBuilder text)
        {
            var properties = new List<string>();
            if (Location is { } location)
            {
                properties.Add($"file={Escape.Property(location.File)}");
                if (location.Line > 0)
                {
                    var endLine = Math.Max(location.EndLine, location.Line);
                    properties.Add($"line={location.Line}");
                    properties.Add($"endLine={endLine}");

                    // GitHub ignores columns on a multi-line range (the Checks API rejects them) and
                    // refuses an end before the start; a point (a whole-migration finding) has no end.
                    if (endLine == location.Line && location.Column > 0)
                    {
                        properties.Add($"col={location.Column}");
                        if (location.EndColumn is { } endColumn && endColumn > location.Column)
                        {
                            properties.Add($"endColumn={endColumn}");
                        }
                    }
                }
            }

            properties.Add($"title={Escape.Property(Title)}");
            var command = Kind switch
            {
                AnnotationKind.Error => "error",
                AnnotationKind.Warning => "warning",
                _ => "notice",
            };
            text.Append("::").Append(command).Append(' ').AppendJoin(',', properties).Append("::").Append(Escape.Data(Message)).Append('\n');
        }
    }

    /// <summary>The runner's escapes (actions/runner ActionCommand, actions/toolkit command.ts); <c>%</c> first.</summary>
    private static class Escape
    {
        public static string Data(string value) => value
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

        public static string Property(string value) => Data(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
    }
}
