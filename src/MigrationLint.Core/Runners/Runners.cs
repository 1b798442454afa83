using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Runners;

/// <summary>golang-migrate: one row (version bigint, dirty boolean); the old binary fails on a version it has no file for.</summary>
public sealed class GolangMigrateRunner : MigrationRunner
{
    public override string Name => "golang-migrate";

    public override string DefaultTable => "schema_migrations";

    public override RevertScope Scope => RevertScope.WholeWindow;

    public override string ScopeReason =>
        "golang-migrate records one version number and the old release refuses to start while the database is ahead of its newest migration, so the whole release is reverted";

    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        target is null
            ? $"DELETE FROM {table.Sql};"
            : $"UPDATE {table.Sql} SET version = {Numeric(target.Version)}, dirty = false;";
}

/// <summary>A ledger of applied files (version text holding the file name); the old binary ignores rows it does not know.</summary>
public sealed class LedgerRunner : MigrationRunner
{
    public override string Name => "ledger";

    public override string DefaultTable => "schema_migrations";

    public override RevertScope Scope => RevertScope.DownToOldestUnsafe;

    public override string ScopeReason =>
        "the ledger keeps one row per applied file and the old release ignores rows it does not know, so the revert stops at the oldest migration that needs it";

    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        $"DELETE FROM {table.Sql} WHERE version IN ({List(reverted.Select(m => Literal(Path.GetFileName(m.Up.FilePath))))});";
}

/// <summary>goose: goose_db_version rows per applied version; an old binary leaves versions it does not know alone.</summary>
public sealed class GooseRunner : MigrationRunner
{
    public override string Name => "goose";

    public override string DefaultTable => "goose_db_version";

    public override RevertScope Scope => RevertScope.DownToOldestUnsafe;

    public override string ScopeReason =>
        "goose records each applied version and the old release ignores versions it has no file for, so the revert stops at the oldest migration that needs it";

    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        $"DELETE FROM {table.Sql} WHERE version_id IN ({List(reverted.Select(m => Numeric(m.Version)))});";
}

/// <summary>dbmate: schema_migrations rows (version varchar); an old binary applies only what it lacks.</summary>
public sealed class DbmateRunner : MigrationRunner
{
    public override string Name => "dbmate";

    public override string DefaultTable => "schema_migrations";

    public override RevertScope Scope => RevertScope.DownToOldestUnsafe;

    public override string ScopeReason =>
        "dbmate records each applied version and the old release ignores versions it has no file for, so the revert stops at the oldest migration that needs it";

    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        $"DELETE FROM {table.Sql} WHERE version IN ({List(reverted.Select(m => Literal(m.Version)))});";
}

/// <summary>Flyway: flyway_schema_history; versions it does not know ("future" migrations) are ignored by default.</summary>
public sealed class FlywayRunner : MigrationRunner
{
    public override string Name => "flyway";

    public override string DefaultTable => "flyway_schema_history";

    public override RevertScope Scope => RevertScope.DownToOldestUnsafe;

    public override string ScopeReason =>
        "Flyway records each applied version and by default ignores future versions it has no script for, so the revert stops at the oldest migration that needs it";

    /// <summary>Flyway stores versions with dots: V1_12_5 is "1.12.5".</summary>
    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        $"DELETE FROM {table.Sql} WHERE version IN ({List(reverted.Select(m => Literal(m.Version.Replace('_', '.'))))});";
}

/// <summary>EF Core: __EFMigrationsHistory rows keyed by migration id; `dotnet ef database update` reverts by itself.</summary>
public sealed class EfCoreRunner : MigrationRunner
{
    public override string Name => "efcore";

    public override string DefaultTable => "__EFMigrationsHistory";

    public override RevertScope Scope => RevertScope.DownToOldestUnsafe;

    public override string ScopeReason =>
        "EF Core records each applied migration id and the old release only applies ids it lacks, so the revert stops at the oldest migration that needs it";

    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        $"DELETE FROM {table.Sql} WHERE \"MigrationId\" IN ({List(reverted.Select(m => Literal(MigrationId(m))))});";

    public override string? RevertCommand(IReadOnlyList<Migration> reverted, Migration? target) =>
        $"dotnet ef database update {(target is null ? "0" : MigrationId(target))}";

    private static string MigrationId(Migration migration) => $"{migration.Version}_{migration.Name}";
}

/// <summary>DbUp: a journal (SchemaVersions) of the script names it ran; it runs whatever is not in it and ignores the rest.</summary>
public sealed class DbUpRunner : MigrationRunner
{
    public override string Name => "dbup";

    // DbUp names it schemaversions on PostgreSQL and SchemaVersions on SQL Server, whose default
    // collation ignores case: unquoted lower case names the table on both.
    public override string DefaultTable => "schemaversions";

    public override RevertScope Scope => RevertScope.DownToOldestUnsafe;

    public override string ScopeReason =>
        "DbUp journals each script it ran and ignores journal rows it has no script for, so the revert stops at the oldest script that needs it";

    /// <summary>DbUp journals script names as its embedded-resource or file name; our version is that name.</summary>
    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        $"DELETE FROM {table.Sql} WHERE ScriptName IN ({List(reverted.Select(m => Literal(Path.GetFileName(m.Up.FilePath))))});";
}

/// <summary>Scripts with no runner bookkeeping that MigrationLint knows of.</summary>
public sealed class NoRunner : MigrationRunner
{
    public override string Name => "none";

    public override string DefaultTable => string.Empty;

    public override RevertScope Scope => RevertScope.WholeWindow;

    public override string ScopeReason => "no migration runner is known for these scripts, so every script under review is reverted";

    public override string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target) =>
        "-- no runner bookkeeping: record the reverted scripts wherever your deployment tracks them";
}
