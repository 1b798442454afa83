using System.Text;
using MigrationLint.Core.Reports;

namespace MigrationLint.Reporting;

/// <summary>
/// The names a rollback script needs: where the release runs and how to reach its database. Each
/// becomes a shell variable the operator can still override from the environment.
/// </summary>
public sealed record PlanScriptSettings(
    string Namespace,
    string Release,
    string Database,
    string DatabaseUser,
    string DatabaseWorkload,
    string ServerWorkload,
    string? Revision)
{
    public static PlanScriptSettings For(string release) =>
        new("default", release, release, release, $"statefulset/{release}-postgres", $"deploy/{release}-server", null);
}

/// <summary>
/// Writes the rollback plan as a runnable, commented bash script: the operator runbook's procedure
/// (backup, stop, downs newest first, bookkeeping, helm rollback, checks) with this release's files
/// and statements filled in. Every value the script quotes is quoted for the shell, so file names
/// cannot break out of it.
/// </summary>
public static class ShellPlanWriter
{
    public static void Write(AnalysisReport report, PlanScriptSettings settings, string releaseLabel, TextWriter output)
    {
        var plan = report.RollbackPlan;
        var script = new StringBuilder();
        script.Append("#!/usr/bin/env bash\n");
        script.Append("# Rollback plan for ").Append(OneLine(releaseLabel)).Append(", written by migrationlint plan.\n");
        script.Append("# Verdict: ").Append(report.Verdict.ToText()).Append("; procedure: ").Append(plan.Procedure.ToText());
        if (plan.TargetVersion is not null)
        {
            script.Append("; the schema returns to version ").Append(OneLine(plan.TargetVersion));
        }

        script.Append(".\n# Read it before running it. Every setting below can be overridden from the environment.\n");
        script.Append("set -euo pipefail\n\n");
        Variable(script, "NAMESPACE", settings.Namespace, "Kubernetes namespace of the release");
        Variable(script, "RELEASE", settings.Release, "Helm release name");
        Variable(script, "DATABASE", settings.Database, "database name");
        Variable(script, "DB_USER", settings.DatabaseUser, "database user");
        Variable(script, "DB_WORKLOAD", settings.DatabaseWorkload, "the PostgreSQL pod or StatefulSet");
        Variable(script, "SERVER_WORKLOAD", settings.ServerWorkload, "the server Deployment");
        Variable(script, "REVISION", settings.Revision ?? string.Empty, "Helm revision to roll back to (empty: the previous one)");
        script.Append('\n');
        script.Append("psql_exec() { kubectl exec -i -n \"$NAMESPACE\" \"$DB_WORKLOAD\" -- psql --set ON_ERROR_STOP=1 --username=\"$DB_USER\" --dbname=\"$DATABASE\" \"$@\"; }\n\n");

        if (plan.ReviewRequired)
        {
            script.Append("# Some statements could not be judged statically: a person must read the review findings first.\n");
            script.Append("if [ \"${CONFIRM_REVIEWED:-}\" != \"1\" ]; then\n");
            script.Append("  echo \"The plan has review findings; read them, then run again with CONFIRM_REVIEWED=1.\" >&2\n  exit 1\nfi\n\n");
        }

        switch (plan.Procedure)
        {
            case RollbackProcedure.StandardRollback:
                Backup(script, 1, "Take a backup first (defence in depth: if the rollback exposes a data problem, a restore is the only way back).");
                Rollback(script, 2);
                Verify(script, 3);
                break;
            case RollbackProcedure.RollbackWithSchemaRevert:
                SchemaRevert(script, plan);
                break;
            default:
                FullRestore(script);
                break;
        }

        foreach (var note in plan.Notes)
        {
            script.Append("# Note: ").Append(OneLine(note)).Append('\n');
        }

        output.Write(script.ToString());
    }

    private static void SchemaRevert(StringBuilder script, RollbackPlan plan)
    {
        Backup(script, 1, "Take a fresh backup right now: the current schema is what we revert from; if anything goes wrong, it is the way forward again.");
        script.Append("# 2. Stop the server so nothing writes to the database during the revert.\n");
        script.Append("kubectl scale \"$SERVER_WORKLOAD\" -n \"$NAMESPACE\" --replicas=0\n");
        script.Append("kubectl rollout status \"$SERVER_WORKLOAD\" -n \"$NAMESPACE\" --timeout=5m\n\n");
        script.Append("# 3. Apply the down migrations one at a time, newest first.\n");
        foreach (var folder in plan.Folders.Where(f => f.Revert.Length > 0))
        {
            script.Append("#    ").Append(OneLine(folder.Directory)).Append(": ").Append(OneLine(folder.ScopeReason)).Append(".\n");
            foreach (var step in folder.Revert)
            {
                script.Append("psql_exec < ").Append(Quote(step.File)).Append("   # ").Append(OneLine(step.Version)).Append('\n');
            }
        }

        foreach (var discard in plan.Discards)
        {
            script.Append("#    This discards ").Append(OneLine(discard)).Append(".\n");
        }

        script.Append("\n# 4. Make the migration runner's bookkeeping match the reverted schema.\n");
        foreach (var folder in plan.Folders.Where(f => f.Bookkeeping is not null))
        {
            script.Append("#    ").Append(OneLine(folder.Runner)).Append(" (").Append(OneLine(folder.Directory)).Append(")\n");
            script.Append("psql_exec --command=").Append(Quote(folder.Bookkeeping!)).Append('\n');
            if (folder.RevertCommand is not null)
            {
                script.Append("#    (steps 3 and 4 can also be done by the runner: ").Append(OneLine(folder.RevertCommand)).Append(")\n");
            }
        }

        script.Append('\n');
        Rollback(script, 5);
        Verify(script, 6);
    }

    private static void FullRestore(StringBuilder script)
    {
        script.Append(": \"${BACKUP_FILE:?set BACKUP_FILE to the pg_dump archive taken before the upgrade to this release}\"\n\n");
        script.Append("# A change in this release destroyed data the previous release needs; down migrations cannot bring it back.\n");
        script.Append("# 1. Stop the server.\n");
        script.Append("kubectl scale \"$SERVER_WORKLOAD\" -n \"$NAMESPACE\" --replicas=0\n");
        script.Append("kubectl rollout status \"$SERVER_WORKLOAD\" -n \"$NAMESPACE\" --timeout=5m\n\n");
        Backup(script, 2, "Back up the current database too (defence in depth).");
        script.Append("# 3. Restore the last backup taken before the upgrade.\n");
        script.Append("kubectl exec -i -n \"$NAMESPACE\" \"$DB_WORKLOAD\" -- pg_restore --clean --if-exists --no-owner --no-acl --username=\"$DB_USER\" --dbname=\"$DATABASE\" < \"$BACKUP_FILE\"\n\n");
        Rollback(script, 4);
        Verify(script, 5);
        script.Append("# 6. Re-apply the writes made between that backup and the upgrade (from the audit log).\n");
    }

    private static void Backup(StringBuilder script, int step, string why)
    {
        script.Append("# ").Append(step).Append(". ").Append(why).Append('\n');
        script.Append("kubectl exec -n \"$NAMESPACE\" \"$DB_WORKLOAD\" -- pg_dump --format=custom --no-owner --no-acl --username=\"$DB_USER\" --dbname=\"$DATABASE\" \\\n");
        script.Append("  > \"$RELEASE-pre-rollback-$(date -u +%Y%m%dT%H%M%SZ).dump\"\n\n");
    }

    private static void Rollback(StringBuilder script, int step)
    {
        script.Append("# ").Append(step).Append(". Roll the release back; the old server starts on a schema it knows.\n");
        script.Append("helm rollback \"$RELEASE\" ${REVISION:+\"$REVISION\"} -n \"$NAMESPACE\" --wait --timeout 5m\n\n");
    }

    private static void Verify(StringBuilder script, int step)
    {
        script.Append("# ").Append(step).Append(". Check: the pods run, and the server log shows no migration-version mismatch.\n");
        script.Append("kubectl get pods -n \"$NAMESPACE\" -l app.kubernetes.io/instance=\"$RELEASE\"\n");
        script.Append("kubectl logs -n \"$NAMESPACE\" \"$SERVER_WORKLOAD\" --tail=50\n\n");
    }

    private static void Variable(StringBuilder script, string name, string value, string what) =>
        script.Append(name).Append("=${").Append(name).Append(":-").Append(Quote(value)).Append("}   # ").Append(what).Append('\n');

    /// <summary>A single-quoted shell word: nothing inside it is expanded.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Text for a comment: one line, so nothing after it can become a command.</summary>
    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
