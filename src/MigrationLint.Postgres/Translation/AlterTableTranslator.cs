using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// ALTER TABLE (and ALTER INDEX/VIEW/SEQUENCE/TYPE, which share its node): one operation per
/// action, each spanning its own action's text so annotations land on the right line.
/// </summary>
internal static class AlterTableTranslator
{
    public static IEnumerable<SchemaOperation> Translate(Statement statement)
    {
        var body = statement.Body;
        var relation = body.Get("relation") is { } rangeVar ? Names.FromRangeVar(rangeVar) : new ObjectName(null, string.Empty);
        var commands = new List<PgNode>();
        foreach (var item in body.Items("cmds"))
        {
            if (item.As("AlterTableCmd") is { } command)
            {
                commands.Add(command);
            }
        }

        var ranges = ActionRanges(statement, body, commands.Count);
        var objectType = body.Str("objtype");
        for (var i = 0; i < commands.Count; i++)
        {
            var action = new ActionText(statement, ranges[i].Start, ranges[i].End);
            if (objectType == "OBJECT_TYPE")
            {
                yield return new AlterObject(action.Span, ObjectKind.Type, relation, Words(commands[i].Str("subtype")));
                continue;
            }

            yield return Command(statement, commands[i], relation, action, objectType);
        }
    }

    /// <summary>The text of one action of the statement.</summary>
    private sealed record ActionText(Statement Statement, int Start, int End)
    {
        public SourceSpan Span => Statement.Source.Span(Start, End);

        /// <summary>The text after a keyword of the action (USING …, DEFAULT …), shortened for messages.</summary>
        public string? After(string keyword)
        {
            var text = Statement.Source.Text;
            for (var p = SqlLexer.SkipTrivia(text, Start, End); p < End; p = SqlLexer.SkipTrivia(text, SqlLexer.SkipToken(text, p, End), End))
            {
                var tokenEnd = SqlLexer.SkipToken(text, p, End);
                if (text.AsSpan(p, tokenEnd - p).Equals(keyword, StringComparison.OrdinalIgnoreCase))
                {
                    var found = text[SqlLexer.SkipTrivia(text, tokenEnd, End)..End].Trim();
                    return found.Length <= 80 ? found : found[..77] + "...";
                }
            }

            return null;
        }
    }

    private static SchemaOperation Command(Statement statement, PgNode command, ObjectName table, ActionText action, string? objectType)
    {
        var span = action.Span;
        var column = command.Str("name") ?? string.Empty;
        var cascade = command.Str("behavior") == "DROP_CASCADE";
        var subtype = command.Str("subtype") ?? string.Empty;
        switch (subtype)
        {
            case "AT_AddColumn" or "AT_AddColumnToView" or "AT_AddColumnRecurse":
            {
                var (definition, inline) = TableTranslator.ReadColumn(statement, command.Get("def")!.Value.As("ColumnDef")!.Value);
                return new AddColumn(span, table, definition, inline, command.Bool("missing_ok"));
            }

            case "AT_DropColumn" or "AT_DropColumnRecurse":
                return new DropColumn(span, table, column, command.Bool("missing_ok"), cascade);
            case "AT_AlterColumnType":
                return AlterColumnType(command, table, column, action);
            case "AT_ColumnDefault":
                return command.Get("def") is not null
                    ? new SetDefault(span, table, column, action.After("DEFAULT") ?? "an expression")
                    : new DropDefault(span, table, column);
            case "AT_SetNotNull":
                return new SetNotNull(span, table, column);
            case "AT_DropNotNull":
                return new DropNotNull(span, table, column);
            case "AT_AddIdentity":
                return new SetDefault(span, table, column, "GENERATED AS IDENTITY");
            case "AT_DropIdentity" or "AT_DropExpression":
                return new DropDefault(span, table, column);
            case "AT_SetIdentity":
                return new AlterObject(span, ObjectKind.Column, new ObjectName(table.Schema, $"{table.Name}.{column}"), "identity options");
            case "AT_AddConstraint" or "AT_AddConstraintRecurse" or "AT_AddIndexConstraint":
                return AddConstraint(command, table, span);
            case "AT_DropConstraint" or "AT_DropConstraintRecurse":
                return new DropConstraint(span, table, column, command.Bool("missing_ok"), cascade);
            case "AT_ValidateConstraint" or "AT_ValidateConstraintRecurse":
                return new ValidateConstraint(span, table, column);
            case "AT_AlterConstraint":
                return new AlterObject(span, ObjectKind.Constraint, new ObjectName(table.Schema, column), "deferrability");
            case "AT_AttachPartition":
                return new ChangeTableProperty(span, table, TablePropertyKind.AttachPartition, "ATTACH PARTITION");
            case "AT_DetachPartition" or "AT_DetachPartitionFinalize":
                return new ChangeTableProperty(span, table, TablePropertyKind.DetachPartition, "DETACH PARTITION");
        }

        if (PropertyOf(subtype) is { } property)
        {
            return new ChangeTableProperty(span, table, property, Words(subtype));
        }

        return new Opaque(span, $"ALTER {ObjectWord(objectType)} {Words(subtype)}", "MigrationLint does not model this ALTER TABLE action");
    }

    private static SchemaOperation AlterColumnType(PgNode command, ObjectName table, string column, ActionText action)
    {
        var definition = command.Get("def")!.Value.As("ColumnDef")!.Value;
        var type = TypeNames.Read(definition.Get("typeName")!.Value);
        var usingExpression = definition.Get("raw_default") is { } expression && !IsPlainConversion(expression, column)
            ? action.After("USING") ?? "an expression"
            : null;
        return new AlterColumnType(action.Span, table, column, type, usingExpression);
    }

    /// <summary>USING col, USING col::type, USING CAST(col AS type): the conversion PostgreSQL would do anyway.</summary>
    private static bool IsPlainConversion(PgNode expression, string column)
    {
        var (type, body) = expression.Node();
        return type switch
        {
            "ColumnRef" => body.Strings("fields").LastOrDefault() == column,
            "TypeCast" => body.Get("arg") is { } argument && IsPlainConversion(argument, column),
            _ => false,
        };
    }

    private static SchemaOperation AddConstraint(PgNode command, ObjectName table, SourceSpan span)
    {
        var constraint = command.Get("def")!.Value.As("Constraint")!.Value;
        var definition = TableTranslator.ReadConstraint(constraint, []);
        if (definition is null)
        {
            return new Opaque(span, "ADD CONSTRAINT", $"constraint type {constraint.Str("contype")} is not modelled");
        }

        return new AddConstraint(span, table, definition, constraint.Bool("skip_validation"));
    }

    private static TablePropertyKind? PropertyOf(string subtype) => subtype switch
    {
        "AT_SetStatistics" or "AT_SetOptions" or "AT_ResetOptions" or "AT_SetStorage" or "AT_SetCompression"
            or "AT_ClusterOn" or "AT_DropCluster" or "AT_DropOids" or "AT_SetAccessMethod" or "AT_SetTableSpace"
            or "AT_SetRelOptions" or "AT_ResetRelOptions" or "AT_ReplaceRelOptions" or "AT_GenericOptions"
            or "AT_AlterColumnGenericOptions" => TablePropertyKind.Storage,
        "AT_ChangeOwner" => TablePropertyKind.Owner,
        "AT_SetLogged" or "AT_SetUnLogged" => TablePropertyKind.Persistence,
        "AT_EnableTrig" or "AT_EnableAlwaysTrig" or "AT_EnableReplicaTrig" or "AT_DisableTrig" or "AT_EnableTrigAll"
            or "AT_DisableTrigAll" or "AT_EnableTrigUser" or "AT_DisableTrigUser" or "AT_EnableRule"
            or "AT_EnableAlwaysRule" or "AT_EnableReplicaRule" or "AT_DisableRule" => TablePropertyKind.TriggerEnablement,
        "AT_AddInherit" or "AT_DropInherit" or "AT_AddOf" or "AT_DropOf" => TablePropertyKind.Inheritance,
        "AT_ReplicaIdentity" => TablePropertyKind.ReplicaIdentity,
        "AT_EnableRowSecurity" or "AT_DisableRowSecurity" or "AT_ForceRowSecurity" or "AT_NoForceRowSecurity" => TablePropertyKind.RowSecurity,
        _ => null,
    };

    /// <summary>AT_EnableRowSecurity → "enable row security", for messages.</summary>
    private static string Words(string? subtype)
    {
        var name = (subtype ?? "unknown").Replace("AT_", string.Empty, StringComparison.Ordinal);
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private static string ObjectWord(string? objectType) => objectType switch
    {
        "OBJECT_INDEX" => "INDEX",
        "OBJECT_VIEW" => "VIEW",
        "OBJECT_MATVIEW" => "MATERIALIZED VIEW",
        "OBJECT_SEQUENCE" => "SEQUENCE",
        "OBJECT_FOREIGN_TABLE" => "FOREIGN TABLE",
        _ => "TABLE",
    };

    /// <summary>
    /// Each action's own text: the first starts after the table name, the others after each
    /// top-level comma. If the count does not line up, every action gets the whole statement.
    /// </summary>
    private static (int Start, int End)[] ActionRanges(Statement statement, PgNode body, int count)
    {
        var ranges = new (int Start, int End)[count];
        Array.Fill(ranges, (statement.Start, statement.End));
        if (count == 0 || body.Get("relation")?.Int("location", -1) is not { } location || location < 0)
        {
            return ranges;
        }

        var text = statement.Source.Text;
        var nameStart = Math.Clamp(statement.Source.CharOffset(location), statement.Start, statement.End);
        var firstAction = SqlLexer.SkipTrivia(text, SqlLexer.SkipQualifiedName(text, nameStart, statement.End), statement.End);
        var commas = SqlLexer.TopLevelCommas(text, firstAction, statement.End);
        if (commas.Count + 1 != count)
        {
            return ranges;
        }

        for (var i = 0; i < count; i++)
        {
            var start = i == 0 ? firstAction : SqlLexer.SkipTrivia(text, commas[i - 1] + 1, statement.End);
            var end = i < commas.Count ? commas[i] : statement.End;
            ranges[i] = (start, SqlLexer.TrimEnd(text, start, end));
        }

        return ranges;
    }
}
