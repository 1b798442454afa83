using System.Collections.Immutable;
using MigrationLint.Core.Catalog;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Core.Runners;

namespace MigrationLint.Core.Analysis;

/// <summary>The revert of one folder: findings about the downs it crosses, by migration version, and the folder's plan.</summary>
public sealed record RevertOutcome(IReadOnlyDictionary<string, IReadOnlyList<Finding>> Findings, FolderPlan Plan);

/// <summary>
/// Works out the revert path a rollback of the window needs (runner-aware: the whole window, or
/// down to the oldest migration that needs reverting), then judges every down on it by replaying
/// the up and then the down on the catalog: the down must exist, do something, bring back the
/// schema the old release ran on, and keep the data that was there before the release. Objects the
/// release itself created may be dropped: the plan lists them as discarded.
/// </summary>
public sealed class RevertAnalysis(RuleSet rules, RunnerSettings runners)
{
    public RevertOutcome Run(SetAnalysis analysis)
    {
        var (runner, table) = runners.Resolve(analysis.Set.Layout);
        var window = analysis.Migrations.Where(m => m.InWindow && m.Report is not null).ToList();
        var needsRevert = window.Where(m => m.Report!.Verdict == Verdict.SchemaRevert).Select(m => m.Migration.Version).ToHashSet(StringComparer.Ordinal);

        // Where a change already destroyed data the plan is a restore: no down will run, so none is judged.
        var restore = window.Any(m => m.Report!.Verdict == Verdict.FullRestore);
        var path = restore ? [] : RevertPath(window, needsRevert, runner.Scope);
        var findings = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        var discards = ImmutableArray.CreateBuilder<string>();
        // Each down is judged on its own: replayed on the catalog its up left and compared with the
        // one before the up, so whole steps (parse, replay, comparison, rules) run on the other cores
        // while this loop gathers them in order. A long history's revert is not one core's chain.
        var workingDirectory = Directory.GetCurrentDirectory();
        using var steps = new ReadAhead<(IReadOnlyList<string> Discarded, List<Finding> Found)>(
            path.Count, i => JudgeDown(analysis, path[i], runner, needsRevert, workingDirectory), AnalysisEngine.ParseAhead);
        for (var i = 0; i < path.Count; i++)
        {
            var (discarded, found) = steps.Take(i);
            discards.AddRange(discarded);
            if (found.Count > 0)
            {
                findings[path[i].Migration.Version] = found;
            }
        }

        var target = TargetOf(analysis, path.Count > 0 ? path[^1] : window.FirstOrDefault());
        var plan = new FolderPlan(
            analysis.Set.Directory,
            runner.Name,
            runner.ScopeReason,
            [.. path.Where(m => m.Migration.Down is not null).Select(m => new RevertStep(m.Migration.Version, m.Migration.Down!.FilePath))],
            target?.Version,
            path.Count == 0 ? null : runner.Bookkeeping(table, [.. path.Select(m => m.Migration)], target),
            path.Count == 0 ? null : runner.RevertCommand([.. path.Select(m => m.Migration)], target),
            discards.ToImmutable());
        return new RevertOutcome(findings, plan);
    }

    /// <summary>What the revert rules find about one migration's down, and what it discards of what the release created.</summary>
    private (IReadOnlyList<string> Discarded, List<Finding> Found) JudgeDown(
        SetAnalysis analysis, AnalysedMigration migration, MigrationRunner runner, HashSet<string> needsRevert, string workingDirectory)
    {
        var (down, error) = ParseDown(analysis, migration.Migration, workingDirectory);
        var (destroyed, discarded, reverted) = Destruction(migration, down);
        var differences = reverted is null ? [] : CatalogComparison.Compare(migration.CatalogBefore!, reverted);
        var facts = new RevertFacts(migration.Migration, runner, needsRevert.Contains(migration.Migration.Version), down, error, differences, destroyed);
        var found = rules.RevertRules
            .Where(rule => rules.IsEnabled(rule.Id))
            .SelectMany(rule => rule.Evaluate(facts).Select(match =>
                rules.FindingOf(rule.Id, match.Span, match.Message)))
            .ToList();
        if (error is not null)
        {
            found.Add(UnreadableDown(error));
        }

        return (discarded, Suppressions.Apply(found, down, rules));
    }

    /// <summary>Newest first: the whole window, or down to the oldest migration that needs reverting.</summary>
    private static List<AnalysedMigration> RevertPath(List<AnalysedMigration> window, HashSet<string> needsRevert, RevertScope scope)
    {
        if (needsRevert.Count == 0)
        {
            return [];
        }

        var oldest = scope == RevertScope.WholeWindow ? 0 : window.FindIndex(m => needsRevert.Contains(m.Migration.Version));
        return [.. window.Skip(oldest).Reverse()];
    }

    /// <summary>The newest migration left applied once <paramref name="oldestReverted"/> and everything after it are gone.</summary>
    private static Migration? TargetOf(SetAnalysis analysis, AnalysedMigration? oldestReverted)
    {
        if (oldestReverted is null)
        {
            return null;
        }

        var index = analysis.Migrations.ToList().IndexOf(oldestReverted);
        return index > 0 ? analysis.Migrations[index - 1].Migration : null;
    }

    private static (ParsedScript? Down, InputError? Error) ParseDown(SetAnalysis analysis, Migration migration, string workingDirectory)
    {
        if (migration.Down is not { } down)
        {
            return (null, null);
        }

        var loaded = ScriptLoader.Load(down, migration.Layout, workingDirectory);
        return loaded.Source is { } source ? (analysis.FrontEnd.Parse(source), null) : (null, loaded.Error);
    }

    /// <summary>
    /// Replays the down on the catalog its up left, noting which of its statements remove data: of
    /// objects the release created (discarded, listed in the plan), or of objects that existed before
    /// it (destroyed, a finding). <c>Reverted</c> is the catalog the down leaves; null without a down.
    /// </summary>
    private static (List<DestroyedData> Destroyed, List<string> Discarded, SchemaCatalog? Reverted) Destruction(AnalysedMigration migration, ParsedScript? down)
    {
        var destroyed = new List<DestroyedData>();
        var discarded = new List<string>();
        if (down is null)
        {
            return (destroyed, discarded, null);
        }

        var catalog = migration.CatalogAfter!;
        var reverting = Provenance.Window(migration.Migration.Version);
        var insertedInto = migration.Up?.Operations.OfType<DataChange>().Where(d => d.Kind == DataChangeKind.Insert)
            .Select(d => catalog.KeyOf(d.Table)).ToHashSet() ?? [];
        foreach (var operation in down.Operations)
        {
            switch (operation)
            {
                case DropColumn drop when catalog.FindColumn(drop.Table, drop.Column) is { } column:
                    Classify(column.Origin, $"column {drop.Table}.{drop.Column}", $"drops column {drop.Table}.{drop.Column}", operation);
                    break;
                case DropTable drop when catalog.FindTable(drop.Table) is { } table:
                    Classify(table.Origin, $"table {drop.Table} and its rows", $"drops table {drop.Table}", operation);
                    break;
                case DataChange { Kind: DataChangeKind.Delete or DataChangeKind.Truncate } change
                    when catalog.FindTable(change.Table) is { Origin.InWindow: false } && !insertedInto.Contains(catalog.KeyOf(change.Table)):
                    destroyed.Add(new DestroyedData(operation, $"{(change.Kind == DataChangeKind.Delete ? "deletes rows from" : "truncates")} {change.Table}"));
                    break;
            }

            catalog = catalog.Apply(operation, reverting);
        }

        return (destroyed, discarded, catalog);

        void Classify(Provenance origin, string discardedWhat, string destroyedWhat, SchemaOperation operation)
        {
            if (origin.InWindow)
            {
                discarded.Add($"{discardedWhat} (created by migration {origin.Version}): what the new release wrote there is lost");
            }
            else
            {
                destroyed.Add(new DestroyedData(operation, destroyedWhat));
            }
        }
    }

    private Finding UnreadableDown(InputError error)
    {
        var line = Math.Max(1, error.Line);
        var column = Math.Max(1, error.Column);
        return rules.FindingOf("ML911", new SourceSpan(error.File, line, column, line, column), $"cannot read the down migration: {error.Message}");
    }
}
