using System.Collections.Immutable;
using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Runners;

/// <summary>The runners MigrationLint knows, by name and by the layout that implies one.</summary>
public static class RunnerCatalog
{
    public static readonly ImmutableArray<MigrationRunner> All =
    [
        new GolangMigrateRunner(), new LedgerRunner(), new GooseRunner(), new DbmateRunner(), new FlywayRunner(), new EfCoreRunner(), new DbUpRunner(), new NoRunner(),
    ];

    public static IEnumerable<string> Names => All.Select(r => r.Name);

    public static MigrationRunner? ByName(string name) =>
        All.FirstOrDefault(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The runner a layout is normally applied with.</summary>
    public static MigrationRunner ForLayout(MigrationLayout layout) => ByName(layout switch
    {
        MigrationLayout.GolangMigrate => "golang-migrate",
        MigrationLayout.Goose => "goose",
        MigrationLayout.Dbmate => "dbmate",
        MigrationLayout.Flyway => "flyway",
        MigrationLayout.FolderPerMigration => "ledger",
        MigrationLayout.EfCore => "efcore",
        MigrationLayout.DbUp => "dbup",
        _ => "none",
    })!;
}

/// <summary>The runner chosen for a run: by name (--runner or configuration) or by layout, and its table.</summary>
public sealed record RunnerSettings(string? RunnerName, string? Table, string? Schema)
{
    public static readonly RunnerSettings FromLayout = new(null, null, null);

    public (MigrationRunner Runner, RunnerTable Table) Resolve(MigrationLayout layout)
    {
        var runner = RunnerName is null ? RunnerCatalog.ForLayout(layout) : RunnerCatalog.ByName(RunnerName)!;
        return (runner, new RunnerTable(Schema, Table ?? runner.DefaultTable));
    }
}
