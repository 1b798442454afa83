using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Verify.Run;

/// <summary>
/// Sets what the server did beside what static analysis said about the same migration: the downs
/// (does it revert? does it destroy data?) and, with seeded rows, the ups (does it lose data?).
/// Each contradiction becomes an observation; static findings stay as they are.
/// </summary>
public static class StaticComparison
{
    private static readonly string[] BrokenDownRules = ["ML409", "ML410"];

    public static (IReadOnlyList<VerifyEvent> Events, IReadOnlyList<string> Notes) Compare(FolderOutcome outcome, AnalysisReport report)
    {
        var events = new List<VerifyEvent>();
        var notes = new List<string>();
        var reverted = outcome.Unseeded ?? outcome;
        foreach (var step in reverted.Downs.Where(d => d.Ran))
        {
            var findings = Findings(report, step.Migration.Version);
            var broken = findings.FirstOrDefault(f => BrokenDownRules.Contains(f.RuleId));
            var failed = step.Failure is not null || step.Differences.Any(d => d.BreaksOldRelease);
            if (broken is not null && !failed)
            {
                events.Add(Disagree(step, broken.Span,
                    $"static analysis finds that its down does not revert ({broken.RuleId}: {broken.Message}), but on PostgreSQL it round-trips: after it the schema is the one before its up"));
            }
            else if (broken is null && failed)
            {
                var seen = step.Failure is { } failure
                    ? $"it fails ({failure.Message})"
                    : $"it leaves {Count(step.Differences.Count(d => d.BreaksOldRelease), "difference")}, e.g. {step.Differences.First(d => d.BreaksOldRelease).Description}";
                events.Add(Disagree(step, Start(step.File), $"static analysis finds nothing wrong with its down, but on PostgreSQL {seen}"));
            }

            if (outcome.Seeded && reverted == outcome)
            {
                var destroys = findings.FirstOrDefault(f => f.RuleId == "ML411");
                var lost = step.Losses.Where(l => l.IsLoss).ToList();
                if (destroys is not null && lost.Count == 0)
                {
                    events.Add(Disagree(step, destroys.Span,
                        $"static analysis finds that its down destroys data (ML411: {destroys.Message}), but on PostgreSQL every seeded row and value survived it (generated rows may not match every condition)"));
                }
                else if (destroys is null && lost.Count > 0)
                {
                    events.Add(Disagree(step, Start(step.File), $"static analysis finds no data loss in its down, but on PostgreSQL {lost[0].Description}"));
                }
            }
        }

        if (outcome.Seeded)
        {
            foreach (var step in outcome.Ups.Where(u => u.Succeeded))
            {
                var losing = Findings(report, step.Migration.Version).Where(f => f.Span.File == step.File && IsDataLoss(f)).ToList();
                var lost = step.Losses.Where(l => l.IsLoss).ToList();
                if (lost.Count > 0 && losing.Count == 0)
                {
                    events.Add(Disagree(step, Start(step.File), $"static analysis finds no data loss in its up, but on PostgreSQL {lost[0].Description}"));
                }
                else if (lost.Count == 0 && losing.Count > 0)
                {
                    notes.Add($"{step.Migration.Version}: {losing[0].RuleId} ({losing[0].Message}) was not seen on the seeded rows; generated rows may not match its condition");
                }
                else if (lost.Count > 0)
                {
                    notes.Add($"{step.Migration.Version}: the up loses seeded data, as {string.Join(", ", losing.Select(f => f.RuleId).Distinct())} says: {string.Join("; ", lost.Select(l => l.Description))}");
                }
            }
        }

        return (events, notes);
    }

    /// <summary>Static findings that say an up destroys data: drops, deletes, truncates, lossy conversions (not the revert rules).</summary>
    private static bool IsDataLoss(Finding finding) =>
        finding.CountedVerdict == Verdict.FullRestore && finding.RuleId.StartsWith("ML40", StringComparison.Ordinal) && finding.RuleId != "ML407" && finding.RuleId != "ML409";

    private static List<Finding> Findings(AnalysisReport report, string version) =>
        [.. report.Migrations.Where(m => m.InWindow && m.Version == version).SelectMany(m => m.Findings).Where(f => f.CountedVerdict is not null)];

    private static VerifyEvent Disagree(StepResult step, SourceSpan span, string what) =>
        new(VerifyEventKind.DisagreesWithStatic, step.Migration, span, what);

    private static SourceSpan Start(string file) => new(file, 1, 1, 1, 1);

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
