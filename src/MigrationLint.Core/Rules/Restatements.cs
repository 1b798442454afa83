using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>
/// Parts of a statement that restate a column as the history already has it. SQL Server's
/// ALTER COLUMN always gives the whole definition, type and nullability, so changing one restates
/// the other; judged against the history, the restated part changes nothing. Where the history does
/// not know the column, nothing is called a restatement.
/// </summary>
internal static class Restatements
{
    /// <summary>Why the operation changes nothing, or null when it may change something.</summary>
    public static string? NoChange(SchemaOperation operation, RuleContext context) => operation switch
    {
        SetNotNull set when context.Column(set.Table, set.Column) is { NotNull: true } =>
            $"{Describe.Column(set.Table, set.Column)} is already NOT NULL",
        DropNotNull drop when context.Column(drop.Table, drop.Column) is { NotNull: false } =>
            $"{Describe.Column(drop.Table, drop.Column)} is already nullable",
        AlterColumnType alter when TypeChangeJudgement.Of(alter, context) is { Kind: TypeChangeKind.Same, From: { } from } =>
            $"{Describe.Column(alter.Table, alter.Column)} already has type {from}",
        _ => null,
    };
}
