using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>Sends each statement to the translator for its kind; anything unknown becomes <see cref="Opaque"/>.</summary>
internal sealed class StatementTranslator
{
    private static readonly HashSet<string> NoChangeStatements = new(StringComparer.Ordinal)
    {
        "VariableSetStmt", "VariableShowStmt", "TransactionStmt", "VacuumStmt", "ExplainStmt", "LockStmt",
        "NotifyStmt", "ListenStmt", "UnlistenStmt", "CheckPointStmt", "DiscardStmt", "ReindexStmt", "ClusterStmt",
        "RefreshMatViewStmt", "LoadStmt", "PrepareStmt", "DeallocateStmt", "DeclareCursorStmt", "FetchStmt",
        "ClosePortalStmt", "ConstraintsSetStmt",
    };

    private static readonly HashSet<string> CreateStatements = new(StringComparer.Ordinal)
    {
        "ViewStmt", "CreateFunctionStmt", "CreateTrigStmt", "CreatePolicyStmt", "RuleStmt", "CreateSeqStmt",
        "CreateEnumStmt", "CompositeTypeStmt", "CreateRangeStmt", "CreateDomainStmt", "DefineStmt",
        "CreateExtensionStmt", "CreateRoleStmt", "CreateForeignTableStmt", "CreateStatsStmt", "CreateCastStmt",
        "CreateOpClassStmt", "CreateOpFamilyStmt", "CreateConversionStmt", "CreateTransformStmt",
        "CreateEventTrigStmt", "CreatePLangStmt", "CreateAmStmt", "CreateTableSpaceStmt",
    };

    private static readonly HashSet<string> AlterStatements = new(StringComparer.Ordinal)
    {
        "AlterEnumStmt", "AlterSeqStmt", "AlterFunctionStmt", "AlterDomainStmt", "AlterTypeStmt",
        "AlterExtensionStmt", "AlterExtensionContentsStmt", "AlterPolicyStmt", "AlterRoleStmt", "AlterRoleSetStmt",
        "AlterOwnerStmt", "AlterObjectDependsStmt", "AlterTableMoveAllStmt", "AlterCollationStmt",
        "AlterOperatorStmt", "AlterStatsStmt", "AlterTSDictionaryStmt", "AlterEventTrigStmt",
    };

    private readonly PlpgsqlTranslator _plpgsql;

    public StatementTranslator(Func<StatementSource, IEnumerable<SchemaOperation>> translateSql)
    {
        _plpgsql = new PlpgsqlTranslator(translateSql);
    }

    public IEnumerable<SchemaOperation> Translate(Statement statement)
    {
        var type = statement.Type;
        if (NoChangeStatements.Contains(type))
        {
            return [new NoSchemaChange(statement.Span, Words.Of(type))];
        }

        if (CreateStatements.Contains(type))
        {
            return DdlTranslator.Create(statement);
        }

        if (AlterStatements.Contains(type))
        {
            return DdlTranslator.Alter(statement);
        }

        return type switch
        {
            "CreateStmt" => TableTranslator.CreateTable(statement),
            "CreateTableAsStmt" => TableTranslator.CreateTableAs(statement),
            "AlterTableStmt" => AlterTableTranslator.Translate(statement),
            "RenameStmt" => DdlTranslator.Rename(statement),
            "AlterObjectSchemaStmt" => DdlTranslator.SetSchema(statement),
            "DropStmt" => DdlTranslator.Drop(statement),
            "DropRoleStmt" => DdlTranslator.DropRoles(statement),
            "IndexStmt" => DdlTranslator.CreateIndex(statement),
            "CreateSchemaStmt" => DdlTranslator.CreateSchema(statement, Translate),
            "InsertStmt" => DataTranslator.Insert(statement),
            "UpdateStmt" => DataTranslator.Update(statement),
            "DeleteStmt" => DataTranslator.Delete(statement),
            "TruncateStmt" => DataTranslator.Truncate(statement),
            "CopyStmt" => DataTranslator.Copy(statement),
            "MergeStmt" => DataTranslator.Merge(statement),
            "SelectStmt" => DataTranslator.Select(statement),
            "CallStmt" => DataTranslator.Call(statement),
            "GrantStmt" or "GrantRoleStmt" or "AlterDefaultPrivilegesStmt" => DataTranslator.Grant(statement),
            "CommentStmt" => DataTranslator.Comment(statement),
            "DoStmt" => _plpgsql.TranslateDo(statement),
            "ExecuteStmt" => [new DynamicSql(statement.Span, "EXECUTE of a prepared statement")],
            _ => [new Opaque(statement.Span, Words.Of(type), "MigrationLint does not model this statement")],
        };
    }
}
