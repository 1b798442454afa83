namespace MigrationLint.Core.Discovery;

/// <summary>How a project lays its migrations out on disk (and which runner applies them).</summary>
public enum MigrationLayout
{
    /// <summary>golang-migrate: NNNNNN_name.up.sql and NNNNNN_name.down.sql side by side.</summary>
    GolangMigrate,

    /// <summary>goose: one NNN_name.sql with -- +goose Up and -- +goose Down sections.</summary>
    Goose,

    /// <summary>dbmate: one NNN_name.sql with -- migrate:up and -- migrate:down sections.</summary>
    Dbmate,

    /// <summary>Flyway: V1__name.sql, undo scripts U1__name.sql, baselines B1__name.sql.</summary>
    Flyway,

    /// <summary>One folder per migration: NNN_name/up.sql and down.sql (sourcegraph's layout).</summary>
    FolderPerMigration,

    /// <summary>DbUp-style: a folder of scripts with a sortable prefix, each run once, in name order; no downs.</summary>
    DbUp,

    /// <summary>A file named on the command line that no layout claims: analysed on its own.</summary>
    StandaloneScript,

    /// <summary>EF Core: C# classes deriving from Migration, with Up and Down methods, ordered by their [Migration] id.</summary>
    EfCore,
}

public static class MigrationLayoutText
{
    public static string ToText(this MigrationLayout layout) => layout switch
    {
        MigrationLayout.GolangMigrate => "golang-migrate",
        MigrationLayout.Goose => "goose",
        MigrationLayout.Dbmate => "dbmate",
        MigrationLayout.Flyway => "flyway",
        MigrationLayout.FolderPerMigration => "folder-per-migration",
        MigrationLayout.EfCore => "efcore",
        MigrationLayout.DbUp => "dbup",
        _ => "script",
    };
}
