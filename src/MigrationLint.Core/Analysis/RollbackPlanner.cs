using System.Collections.Immutable;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// Turns verdicts into the runbook's procedure: a standard rollback while nothing needs reverting;
/// the downs of the revert path, the runner's bookkeeping, then the rollback when the old release
/// needs its schema back; a restore from backup when a change (or a broken down) destroyed data.
/// </summary>
public static class RollbackPlanner
{
    public static RollbackPlan Plan(IReadOnlyList<MigrationReport> migrations, IReadOnlyList<FolderPlan> folders)
    {
        var window = migrations.Where(m => m.InWindow).ToList();
        var verdicts = migrations.Select(m => m.Verdict).ToList();
        var worst = verdicts.Where(v => v != Verdict.Review).Highest();
        var reviewRequired = migrations.Any(m => m.Findings.Any(f => f.CountedVerdict == Verdict.Review));
        var procedure = worst switch
        {
            Verdict.FullRestore => RollbackProcedure.FullRestore,
            Verdict.SchemaRevert => RollbackProcedure.RollbackWithSchemaRevert,
            _ => RollbackProcedure.StandardRollback,
        };

        // A full restore brings the pre-release backup back; running downs first would not help.
        var revert = procedure == RollbackProcedure.RollbackWithSchemaRevert
            ? [.. folders.SelectMany(f => f.Revert)]
            : ImmutableArray<RevertStep>.Empty;
        var notes = ImmutableArray.CreateBuilder<string>();
        if (reviewRequired)
        {
            notes.Add("Some findings need a person's judgement (verdict review): read them before choosing the procedure.");
        }

        if (folders.Count > 1)
        {
            notes.Add("The window spans several migration folders; each has its own history, revert and target version.");
        }

        if (procedure == RollbackProcedure.StandardRollback && folders.Any(f => f.Runner == "golang-migrate") && window.Count > 0)
        {
            notes.Add("golang-migrate: if the old release runs migrations at start-up, it refuses a database whose version it has no file for; revert the release's migrations (downs newest first, then the version) before rolling back.");
        }

        var target = folders.Count == 1 ? folders[0].TargetVersion : null;
        return new RollbackPlan(procedure, revert, target, reviewRequired, notes.ToImmutable())
        {
            Folders = [.. folders],
            Steps = Steps(procedure, folders),
        };
    }

    /// <summary>The runbook's procedure, step by step, with this release's files and statements filled in.</summary>
    private static ImmutableArray<string> Steps(RollbackProcedure procedure, IReadOnlyList<FolderPlan> folders)
    {
        var steps = ImmutableArray.CreateBuilder<string>();
        switch (procedure)
        {
            case RollbackProcedure.StandardRollback:
                steps.Add("Take a backup of the database (defence in depth: if the rollback exposes a data problem, a restore is the only way back).");
                steps.Add("helm rollback to the previous revision and wait for it.");
                steps.Add("Check the server's logs for migration-version mismatch warnings; if the old server refuses the schema, switch to the schema-revert procedure.");
                break;
            case RollbackProcedure.RollbackWithSchemaRevert:
                steps.Add("Take a fresh backup of the database now: if the revert goes wrong, it is the way forward again.");
                steps.Add("Stop the server (scale its Deployment to 0) so nothing writes during the revert.");
                foreach (var folder in folders.Where(f => f.Revert.Length > 0))
                {
                    steps.Add($"Apply the down migrations newest first, one at a time: {string.Join(", ", folder.Revert.Select(r => r.File))}.");
                    if (folder.Bookkeeping is not null)
                    {
                        steps.Add($"Fix {folder.Runner}'s bookkeeping: {folder.Bookkeeping}");
                    }
                }

                steps.Add("helm rollback to the previous revision; the old server starts on the schema it knows.");
                break;
            default:
                steps.Add("Stop the server.");
                steps.Add("Take a backup of the current database (defence in depth).");
                steps.Add("Restore the last backup taken before the upgrade to this release.");
                steps.Add("helm rollback to the matching revision, then start the server.");
                steps.Add("Re-apply the audited writes made between that backup and the upgrade.");
                break;
        }

        return steps.ToImmutable();
    }
}
