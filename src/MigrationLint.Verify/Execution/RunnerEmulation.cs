using MigrationLint.Core.Discovery;
using MigrationLint.Core.Runners;

namespace MigrationLint.Verify.Execution;

/// <summary>
/// Keeps a runner's bookkeeping table on the throwaway server the way the runner itself does: the
/// table in the runner's own shape, created before the first up, and one record per applied
/// migration. The plan's bookkeeping statement then acts on a real table, so a statement that does
/// not fit the runner fails here rather than during an incident.
/// </summary>
public sealed class RunnerEmulation(MigrationRunner runner, RunnerTable table)
{
    public MigrationRunner Runner => runner;

    public RunnerTable Table => table;

    /// <summary>Whether there is a table at all (scripts without a known runner keep none).</summary>
    public bool KeepsTable => runner.Name != "none";

    /// <summary>The runner's CREATE TABLE (and what it writes before the first migration).</summary>
    public string CreateTable()
    {
        var t = table.Sql;
        var schema = table.Schema is null ? string.Empty : $"CREATE SCHEMA IF NOT EXISTS {new RunnerTable(null, table.Schema).Sql};\n";
        return schema + runner.Name switch
        {
            // golang-migrate's postgres driver.
            "golang-migrate" => $"CREATE TABLE {t} (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);",
            // A ledger of applied files, keyed by file name.
            "ledger" => $"CREATE TABLE {t} (version text NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());",
            // goose writes a version 0 row when it creates its table.
            "goose" => $"CREATE TABLE {t} (id serial NOT NULL, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NULL DEFAULT now(), PRIMARY KEY (id));\n"
                + $"INSERT INTO {t} (version_id, is_applied) VALUES (0, true);",
            "dbmate" => $"CREATE TABLE {t} (version varchar(128) PRIMARY KEY);",
            "flyway" => $"CREATE TABLE {t} (installed_rank integer NOT NULL, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, "
                + "script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), "
                + $"execution_time integer NOT NULL, success boolean NOT NULL, CONSTRAINT {Name("pk")} PRIMARY KEY (installed_rank));\n"
                + $"CREATE INDEX {Name("s_idx")} ON {t} (success);",
            "efcore" => $"CREATE TABLE {t} (\"MigrationId\" varchar(150) NOT NULL, \"ProductVersion\" varchar(32) NOT NULL, CONSTRAINT {Quoted("PK_" + table.Name)} PRIMARY KEY (\"MigrationId\"));",
            // DbUp's PostgreSQL journal.
            "dbup" => $"CREATE TABLE {t} (schemaversionsid serial NOT NULL, scriptname varchar(255) NOT NULL, applied timestamp NOT NULL, CONSTRAINT {Name("pk")} PRIMARY KEY (schemaversionsid));",
            _ => string.Empty,
        };
    }

    /// <summary>What the runner writes once <paramref name="migration"/> is applied (the <paramref name="rank"/>-th migration applied).</summary>
    public string Record(Migration migration, int rank)
    {
        var t = table.Sql;
        return runner.Name switch
        {
            // golang-migrate keeps exactly one row: the version now applied, clean.
            "golang-migrate" => $"DELETE FROM {t}; INSERT INTO {t} (version, dirty) VALUES ({Numeric(migration.Version)}, false);",
            "ledger" => $"INSERT INTO {t} (version) VALUES ({Literal(Path.GetFileName(migration.Up.FilePath))});",
            "goose" => $"INSERT INTO {t} (version_id, is_applied) VALUES ({Numeric(migration.Version)}, true);",
            "dbmate" => $"INSERT INTO {t} (version) VALUES ({Literal(migration.Version)});",
            "flyway" => $"INSERT INTO {t} (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                + $"VALUES ({rank}, {Literal(migration.Version.Replace('_', '.'))}, {Literal(migration.Name.Replace('_', ' '))}, 'SQL', {Literal(Path.GetFileName(migration.Up.FilePath))}, 0, current_user, 0, true);",
            "efcore" => $"INSERT INTO {t} (\"MigrationId\", \"ProductVersion\") VALUES ({Literal($"{migration.Version}_{migration.Name}")}, '9.0.0');",
            "dbup" => $"INSERT INTO {t} (scriptname, applied) VALUES ({Literal(Path.GetFileName(migration.Up.FilePath))}, now());",
            _ => string.Empty,
        };
    }

    /// <summary>
    /// The table's rows, as comparable text, without the columns that hold the time of writing
    /// (a row rewritten later differs only there).
    /// </summary>
    public string ReadRows() =>
        $"SELECT (to_jsonb(r) - 'tstamp' - 'installed_on' - 'applied_at' - 'applied')::text FROM {table.Sql} r ORDER BY 1";

    private string Name(string suffix) => Quoted($"{table.Name}_{suffix}");

    private static string Quoted(string name) => new RunnerTable(null, name).Sql;

    private static string Numeric(string version) =>
        version.All(char.IsAsciiDigit) ? version.TrimStart('0') is { Length: > 0 } digits ? digits : "0" : Literal(version);

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
