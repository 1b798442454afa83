using System.Collections.Immutable;
using MigrationLint.Core.Rules.FullRestore;
using MigrationLint.Core.Rules.Review;
using MigrationLint.Core.Rules.Safe;
using MigrationLint.Core.Rules.SchemaRevert;
using MigrationLint.Core.Rules.UsuallySafe;

namespace MigrationLint.Core.Rules;

/// <summary>Every rule MigrationLint ships, listed explicitly (no reflection: the tool is trimmed and compiled ahead of time).</summary>
public static class BuiltInRules
{
    public static readonly ImmutableArray<Rule> OperationRules =
    [
        new CreateTableRule(), new CreateIndexRule(), new CreateObjectRule(), new AddNullableColumnRule(),
        new AddColumnWithDefaultRule(), new UpdateRowsRule(), new InsertRowsRule(), new CommentRule(), new GrantRule(),
        new SetDefaultRule(), new DropCheckOrForeignKeyRule(), new DropIndexRule(), new NoSchemaChangeRule(),
        new ValidateConstraintRule(), new ChangeStorageRule(),
        new AddCheckConstraintRule(), new AddForeignKeyRule(), new AddUniqueConstraintRule(), new CreateUniqueIndexRule(),
        new SetNotNullRule(), new AddTriggerRule(), new ReplaceViewOrFunctionRule(), new WidenColumnTypeRule(),
        new DropNotNullRule(), new AddEnumValueRule(), new DropDefaultRule(), new RenameIndexRule(),
        new ChangeTableBehaviourRule(), new AlterObjectRule(), new AddPolicyRule(),
        new RenameColumnRule(), new RenameTableRule(), new RenameViewRule(), new RenameConstraintRule(),
        new RenameEnumValueRule(), new RenameObjectRule(), new MoveToSchemaRule(), new AddRequiredColumnRule(),
        new DropDefaultOfRequiredColumnRule(), new NarrowColumnTypeRule(), new IncompatibleColumnTypeRule(),
        new DropViewRule(), new DropFunctionRule(), new DropTriggerRule(), new DropUniqueConstraintRule(),
        new DropUniqueIndexRule(), new RevokeRule(), new DropObjectRule(), new DetachPartitionRule(),
        new DropColumnRule(), new DropTableRule(), new DropSchemaRule(), new DeleteRowsRule(), new TruncateTableRule(),
        new LossyColumnTypeRule(), new DropCascadeRule(),
        new SyntaxErrorRule(), new DynamicSqlRule(), new UnmodelledStatementRule(), new UnknownColumnTypeChangeRule(),
        new DropUnknownConstraintRule(), new DropUnknownIndexRule(), new DropDefaultUnknownColumnRule(), new CallRoutineRule(),
    ];

    public static readonly ImmutableArray<MigrationRule> MigrationRules =
    [
        new DuplicateVersionRule(), new VersionGapRule(), new UnreadableScriptRule(),
    ];

    public static readonly ImmutableArray<RevertRule> RevertRules =
    [
        new MissingDownRule(), new EmptyDownRule(), new DownDoesNotRevertRule(), new DownDestroysDataRule(),
    ];

    public static readonly ImmutableArray<HistoryRule> HistoryRules = [new EditedReleasedMigrationRule()];

    /// <summary>Rules about what migrations did on a real server (migrationlint verify).</summary>
    public static readonly ImmutableArray<VerifyRule> VerifyRules =
    [
        new VerifyDownLeftoverRule(), new VerifyDownDifferenceRule(), new VerifyDownFailsRule(), new VerifyDataLostRule(),
        new VerifyUpFailsRule(), new VerifyUpAgainFailsRule(), new VerifyDisagreesWithStaticRule(),
    ];

    public static readonly ImmutableArray<SuppressionRule> SuppressionRules = [new SuppressionWithoutReasonRule(), new UnusedSuppressionRule()];

    /// <summary>The fallback for operations no rule judged.</summary>
    public static readonly Rule Fallback = new UnclassifiedOperationRule();
}
