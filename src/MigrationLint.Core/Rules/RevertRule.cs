using MigrationLint.Core.Analysis;
using MigrationLint.Core.Catalog;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Runners;

namespace MigrationLint.Core.Rules;

/// <summary>A down statement that removes data the schema held before the release.</summary>
public sealed record DestroyedData(SchemaOperation Operation, string What);

/// <summary>
/// What the revert path knows about one migration it crosses: the down script as parsed (null when
/// there is none or it cannot be read), how the schema after the down differs from the schema before
/// the up, and which down statements destroy data that existed before the release.
/// </summary>
public sealed record RevertFacts(
    Migration Migration,
    MigrationRunner Runner,
    bool NeedsRevertItself,
    ParsedScript? Down,
    InputError? DownError,
    IReadOnlyList<CatalogDifference> Differences,
    IReadOnlyList<DestroyedData> Destroyed)
{
    /// <summary>Where a finding about an object should point: the down operation that touches it, else the down file's start.</summary>
    public SourceSpan SpanFor(ObjectRef target)
    {
        var file = Migration.Down?.FilePath ?? Migration.Up.FilePath;
        var operation = Down?.Operations.FirstOrDefault(o => Mentions(o, target));
        return operation?.Span ?? new SourceSpan(file, 1, 1, 1, 1);
    }

    private static bool Mentions(SchemaOperation operation, ObjectRef target)
    {
        if (target.Kind == ObjectKind.Column)
        {
            return ColumnOf(operation) is var (table, column)
                && table.Name == (target.Table ?? target.Name).Name
                && (column == target.Column || operation is RenameColumn rename && rename.NewName == target.Column);
        }

        return operation switch
        {
            CreateTable create => target.Kind == ObjectKind.Table && create.Table.Name == target.Name.Name,
            RenameTable rename => target.Kind == ObjectKind.Table && (rename.NewName == target.Name.Name || rename.Table.Name == target.Name.Name),
            CreateIndex index => target.Kind == ObjectKind.Index && index.Index?.Name == target.Name.Name,
            AddConstraint constraint => target.Kind == ObjectKind.Constraint && constraint.Constraint.Name == target.Name.Name,
            CreateObject create => create.Kind == target.Kind && create.Name.Name == target.Name.Name,
            _ => false,
        };
    }

    private static (ObjectName Table, string Column)? ColumnOf(SchemaOperation operation) => operation switch
    {
        AddColumn add => (add.Table, add.Column.Name),
        RenameColumn rename => (rename.Table, rename.Column),
        AlterColumnType alter => (alter.Table, alter.Column),
        SetNotNull set => (set.Table, set.Column),
        DropNotNull drop => (drop.Table, drop.Column),
        SetDefault set => (set.Table, set.Column),
        DropDefault drop => (drop.Table, drop.Column),
        _ => null,
    };
}

/// <summary>
/// A rule about the revert path: whether the down migrations a rollback must run exist, do
/// something, undo the release's changes and keep the data that was there before it.
/// </summary>
public abstract class RevertRule : IRule
{
    public abstract string Id { get; }

    public abstract IEnumerable<MigrationMatch> Evaluate(RevertFacts facts);
}

/// <summary>Anything with a rule id: operation, migration, revert and history rules alike.</summary>
public interface IRule
{
    string Id { get; }
}
