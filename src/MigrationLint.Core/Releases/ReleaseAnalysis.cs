using System.Collections.Immutable;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Core.Releases;

/// <summary>
/// A release's report: the window's analysis, plus the released migrations it edited (each in
/// <c>migrations[]</c> with its finding, outside the window), with every path as the repository
/// names it. The verdict and plan account for both.
/// </summary>
public static class ReleaseAnalysis
{
    public static AnalysisReport Analyze(ReleaseWindow release, AnalysisEngine engine, RuleSet rules)
    {
        var report = engine.Analyze(release.Discovery);
        var mapped = ReportPaths.Map(report, release.DisplayPath);
        if (release.Edits.IsEmpty)
        {
            return mapped;
        }

        var edited = release.Edits.Select(edit => EditReport(edit, rules, mapped, release.DisplayPath)).OfType<MigrationReport>().ToList();
        var migrations = mapped.Migrations.Concat(edited)
            .OrderBy(m => m.Version, Discovery.VersionComparer.Instance)
            .ToImmutableArray();
        var plan = RollbackPlanner.Plan(migrations, mapped.RollbackPlan.Folders);
        return mapped with { Migrations = migrations, Verdict = migrations.Select(m => m.Verdict).Highest(), RollbackPlan = plan };
    }

    private static MigrationReport? EditReport(HistoryEdit edit, RuleSet rules, AnalysisReport report, Func<string, string> displayPath)
    {
        var findings = rules.HistoryRules
            .Where(rule => rules.IsEnabled(rule.Id))
            .SelectMany(rule => rule.Evaluate(edit).Select(match =>
                rules.FindingOf(rule.Id, match.Span, match.Message)))
            .ToImmutableArray();
        if (findings.IsEmpty)
        {
            return null;
        }

        var dialect = report.Migrations.FirstOrDefault()?.Dialect ?? "postgres";
        return new MigrationReport(
            edit.Migration.Version,
            edit.Migration.Name,
            findings.Select(f => f.CountedVerdict).OfType<Verdict>().Highest(),
            edit.File,
            edit.Kind == HistoryEditKind.Deleted || edit.Migration.Down is null ? null : displayPath(edit.Migration.Down.FilePath),
            dialect,
            false,
            findings);
    }
}
