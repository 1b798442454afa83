using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Sends each statement to the translator for its kind. Control flow (IF, BEGIN…END, WHILE,
/// TRY…CATCH) is looked through: every statement it guards may run, so each is analysed at its own
/// line, and a guard such as IF OBJECT_ID(…) IS NOT NULL never lowers a verdict. Anything unknown
/// becomes <see cref="Opaque"/>.
/// </summary>
internal sealed class StatementTranslator
{
    private readonly ExecuteTranslator _execute;

    public StatementTranslator(Func<ScriptPiece, IEnumerable<SchemaOperation>> translateSql)
    {
        _execute = new ExecuteTranslator(translateSql);
    }

    public IEnumerable<SchemaOperation> Translate(ScriptPiece piece, TSqlStatement statement)
    {
        var operations = Dispatch(piece, statement).ToList();
        return operations.Count > 0 ? operations : [new NoSchemaChange(piece.Span(statement), Words(statement))];
    }

    private IEnumerable<SchemaOperation> Dispatch(ScriptPiece piece, TSqlStatement statement)
    {
        IEnumerable<SchemaOperation> Nested(IEnumerable<TSqlStatement?> statements) =>
            statements.OfType<TSqlStatement>().SelectMany(s => Translate(piece, s));

        if (IsNoChange(statement))
        {
            return [new NoSchemaChange(piece.Span(statement), Words(statement))];
        }

        if (DdlTranslator.Create(piece, statement) is { } created)
        {
            return [created];
        }

        return statement switch
        {
            BeginEndBlockStatement block => Nested(block.StatementList?.Statements ?? []),
            IfStatement condition => Nested([condition.ThenStatement, condition.ElseStatement]),
            WhileStatement loop => Nested([loop.Statement]),
            TryCatchStatement attempt => Nested([.. attempt.TryStatements?.Statements ?? [], .. attempt.CatchStatements?.Statements ?? []]),
            CreateTableStatement create => TableTranslator.CreateTable(piece, create),
            AlterTableStatement alter => AlterTableTranslator.Translate(piece, alter),
            CreateIndexStatement or CreateColumnStoreIndexStatement or CreateXmlIndexStatement or CreateSpatialIndexStatement
                or CreateFullTextIndexStatement => DdlTranslator.CreateIndex(piece, statement),
            AlterIndexStatement alterIndex => [DdlTranslator.AlterIndex(piece, alterIndex)],
            CreateSchemaStatement schema => DdlTranslator.CreateSchema(piece, schema, s => Translate(piece, s)),
            CreateSecurityPolicyStatement policy => DdlTranslator.CreateSecurityPolicy(piece, policy),
            DropIndexStatement or DropObjectsStatement or DropSchemaStatement or DropTypeStatement or DropUnownedObjectStatement
                or DropDatabaseStatement => DdlTranslator.Drop(piece, statement),
            InsertStatement insert => DataTranslator.Insert(piece, insert),
            UpdateStatement update => [DataTranslator.Update(piece, update)],
            DeleteStatement delete => [DataTranslator.Delete(piece, delete)],
            MergeStatement merge => [DataTranslator.Merge(piece, merge)],
            TruncateTableStatement truncate => [DataTranslator.Truncate(piece, truncate)],
            BulkInsertStatement bulk => [new DataChange(piece.Span(statement), DataChangeKind.Insert, Names.Of(bulk.To), false)],
            SelectStatement select => [DataTranslator.Select(piece, select)],
            SecurityStatement security => [DataTranslator.Privileges(piece, security)],
            AlterRoleStatement { Action: AddMemberAlterRoleAction } role => [DataTranslator.RoleMembership(piece.Span(statement), true, role.Name.Value)],
            AlterRoleStatement { Action: DropMemberAlterRoleAction } role => [DataTranslator.RoleMembership(piece.Span(statement), false, role.Name.Value)],
            AlterRoleStatement role => [new AlterObject(piece.Span(statement), ObjectKind.Role, new ObjectName(null, role.Name.Value), "role name or options")],
            ExecuteStatement execute => _execute.Translate(piece, execute),
            DbccStatement { Command: DbccCommand.CheckIdent } => [new CallRoutine(piece.Span(statement), new ObjectName(null, "DBCC CHECKIDENT"))],
            EnableDisableTriggerStatement trigger => [EnableDisableTrigger(piece, trigger)],
            _ => [new Opaque(piece.Span(statement), Words(statement), "MigrationLint does not model this statement")],
        };
    }

    /// <summary>ENABLE/DISABLE TRIGGER … ON t (the statement form of ALTER TABLE … ENABLE TRIGGER).</summary>
    private static SchemaOperation EnableDisableTrigger(ScriptPiece piece, EnableDisableTriggerStatement statement)
    {
        var span = piece.Span(statement);
        if (statement.TriggerObject?.TriggerScope != TriggerScope.Normal || statement.TriggerObject.Name is null)
        {
            return new Opaque(span, "ENABLE/DISABLE TRIGGER ON DATABASE", "a database or server trigger reacts to DDL or logons; its effect cannot be judged");
        }

        var names = statement.All ? "ALL" : string.Join(", ", statement.TriggerNames.Select(n => n.BaseIdentifier.Value));
        var verb = statement.TriggerEnforcement == TriggerEnforcement.Enable ? "ENABLE" : "DISABLE";
        return new ChangeTableProperty(span, Names.Of(statement.TriggerObject.Name), TablePropertyKind.TriggerEnablement, $"{verb} TRIGGER {names}");
    }

    /// <summary>Statements that change neither schema nor data: session settings, variables, transactions, messages, maintenance.</summary>
    private static bool IsNoChange(TSqlStatement statement) => statement switch
    {
        TransactionStatement or SetCommandStatement or SetOnOffStatement or SetVariableStatement or SetTransactionIsolationLevelStatement
            or SetRowCountStatement or SetTextSizeStatement or SetErrorLevelStatement or DeclareVariableStatement
            or DeclareTableVariableStatement or DeclareCursorStatement or CursorStatement or PrintStatement
            or RaiseErrorStatement or ThrowStatement or ReturnStatement or BreakStatement or ContinueStatement
            or GoToStatement or LabelStatement or WaitForStatement or UseStatement or CheckpointStatement
            or ExecuteAsStatement or RevertStatement or UpdateStatisticsStatement or KillStatement => true,
        DbccStatement dbcc => dbcc.Command != DbccCommand.CheckIdent,
        _ => false,
    };

    /// <summary>AlterTableSwitchStatement → "ALTER TABLE SWITCH", for messages.</summary>
    private static string Words(TSqlStatement statement)
    {
        var name = statement.GetType().Name.Replace("Statement", string.Empty, StringComparison.Ordinal);
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToUpperInvariant(c));
        }

        return words.ToString();
    }
}
