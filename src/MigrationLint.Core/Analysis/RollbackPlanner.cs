using System.Collections.Immutable;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// Turns verdicts into the runbook's procedure: a standard rollback while nothing needs reverting;
/// otherwise the window's down migrations, newest first, back to the last version before the
/// window; a full restore when a change destroyed data.
/// </summary>
public static class RollbackPlanner
{
    public static RollbackPlan Plan(IReadOnlyList<SetAnalysis> analyses)
    {
        var window = analyses
            .SelectMany(a => a.Migrations.Where(m => m.InWindow && m.Report is not null).Select(m => (Analysis: a, Migration: m)))
            .ToList();
        var verdicts = window.Select(w => w.Migration.Report!.Verdict).ToList();
        var worst = verdicts.Where(v => v != Verdict.Review).Highest();
        var reviewRequired = verdicts.Contains(Verdict.Review)
            || window.Any(w => w.Migration.Report!.Findings.Any(f => f.Verdict == Verdict.Review));
        var procedure = worst switch
        {
            Verdict.FullRestore => RollbackProcedure.FullRestore,
            Verdict.SchemaRevert => RollbackProcedure.RollbackWithSchemaRevert,
            _ => RollbackProcedure.StandardRollback,
        };

        // A full restore brings the pre-release backup back; running downs first would not help.
        var revert = procedure != RollbackProcedure.RollbackWithSchemaRevert
            ? []
            : window
                .Where(w => w.Migration.Migration.Down is not null)
                .Reverse()
                .Select(w => new RevertStep(w.Migration.Migration.Version, w.Migration.Migration.Down!.FilePath))
                .ToImmutableArray();
        var notes = ImmutableArray.CreateBuilder<string>();
        if (reviewRequired)
        {
            notes.Add("Some statements could not be judged statically (review findings): read them before choosing the procedure.");
        }

        if (analyses.Count(a => a.Migrations.Any(m => m.InWindow)) > 1)
        {
            notes.Add("The window spans several migration folders; each has its own history and target version.");
        }

        return new RollbackPlan(procedure, revert, TargetVersion(analyses), reviewRequired, notes.ToImmutable());
    }

    /// <summary>The newest version before the window, if one folder is under review and it has a history.</summary>
    private static string? TargetVersion(IReadOnlyList<SetAnalysis> analyses)
    {
        var reviewed = analyses.Where(a => a.Migrations.Any(m => m.InWindow)).ToList();
        if (reviewed.Count != 1)
        {
            return null;
        }

        var migrations = reviewed[0].Migrations;
        var firstInWindow = migrations.ToList().FindIndex(m => m.InWindow);
        return firstInWindow > 0 ? migrations[firstInWindow - 1].Migration.Version : null;
    }
}
