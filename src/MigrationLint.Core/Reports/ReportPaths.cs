using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Reports;

/// <summary>
/// Rewrites every file path in a report: a release read from a commit is analysed in an exported
/// copy, but its report must name the files where they live in the repository.
/// </summary>
public static class ReportPaths
{
    public static AnalysisReport Map(AnalysisReport report, Func<string, string> map)
    {
        SourceSpan Span(SourceSpan span) => span with { File = map(span.File) };

        var plan = report.RollbackPlan;
        return report with
        {
            Migrations = [.. report.Migrations.Select(m => m with
            {
                UpFile = map(m.UpFile),
                DownFile = m.DownFile is null ? null : map(m.DownFile),
                Findings = [.. m.Findings.Select(f => f with
                {
                    Span = Span(f.Span),
                    Suppression = f.Suppression is { } s ? s with { Where = Span(s.Where) } : null,
                })],
            })],
            Errors = [.. report.Errors.Select(e => e with { File = map(e.File) })],
            Notices = [.. report.Notices.Select(n => n with { File = map(n.File) })],
            RollbackPlan = plan with
            {
                Revert = [.. plan.Revert.Select(r => r with { File = map(r.File) })],
                Folders = [.. plan.Folders.Select(f => f with
                {
                    Directory = map(f.Directory),
                    Revert = [.. f.Revert.Select(r => r with { File = map(r.File) })],
                })],
                Steps = [.. plan.Steps.Select(s => MapInText(s, plan, map))],
            },
        };
    }

    /// <summary>The steps name down files in prose; replace each occurrence.</summary>
    private static string MapInText(string text, RollbackPlan plan, Func<string, string> map) =>
        plan.Revert.Aggregate(text, (current, step) => current.Replace(step.File, map(step.File), StringComparison.Ordinal));

    /// <summary>A mapping that replaces a folder prefix (the export) with another (the repository path as the user wrote it).</summary>
    public static Func<string, string> Rebase(string fromFolder, string toFolder)
    {
        var from = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fromFolder));
        return path =>
        {
            var full = Path.GetFullPath(path);
            if (full == from)
            {
                return toFolder;
            }

            return full.StartsWith(from + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                ? Path.Combine(toFolder, full[(from.Length + 1)..])
                : path;
        };
    }
}
