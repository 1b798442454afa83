using System.Collections.Immutable;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Verify.Run;

/// <summary>
/// Adds what verify saw to the static report: each observation becomes a finding of its verify rule,
/// on the migration it concerns (a migration outside the window, e.g. a previous release's up that
/// fails, joins the report as ML912's findings do), and verdicts and plan are recomputed. Static
/// findings are never removed: evidence from the server only adds.
/// </summary>
public static class VerifyReport
{
    public static AnalysisReport Merge(AnalysisReport report, IEnumerable<VerifyEvent> events, RuleSet rules)
    {
        var findings = events
            .SelectMany(e => BuiltInRules.VerifyRules
                .Where(rule => rules.IsEnabled(rule.Id))
                .Select(rule => (Event: e, Rule: rule, Match: rule.Evaluate(e)))
                .Where(m => m.Match is not null))
            .Select(m => (m.Event.Migration, Finding: rules.FindingOf(m.Rule.Id, m.Match!.Span, m.Match.Message)))
            .ToList();
        if (findings.Count == 0)
        {
            return report;
        }

        var migrations = report.Migrations.ToList();
        foreach (var group in findings.GroupBy(f => f.Migration.Version, StringComparer.Ordinal))
        {
            var added = group.Select(g => g.Finding).ToList();
            var index = migrations.FindIndex(m => m.Version == group.Key && m.InWindow);
            if (index < 0)
            {
                index = migrations.FindIndex(m => m.Version == group.Key);
            }

            if (index >= 0)
            {
                var all = migrations[index].Findings.Concat(added).ToImmutableArray();
                migrations[index] = migrations[index] with { Findings = all, Verdict = all.Select(f => f.CountedVerdict).OfType<Verdict>().Highest() };
            }
            else
            {
                var migration = group.First().Migration;
                var dialect = report.Migrations.FirstOrDefault()?.Dialect ?? "postgres";
                migrations.Add(new MigrationReport(migration.Version, migration.Name, added.Select(f => f.Verdict).Highest(),
                    added[0].Span.File, null, dialect, false, [.. added]));
            }
        }

        var ordered = migrations.OrderBy(m => m.Version, Core.Discovery.VersionComparer.Instance).ToImmutableArray();
        var plan = RollbackPlanner.Plan(ordered, report.RollbackPlan.Folders);
        return report with { Migrations = ordered, Verdict = ordered.Select(m => m.Verdict).Highest(), RollbackPlan = plan };
    }
}
