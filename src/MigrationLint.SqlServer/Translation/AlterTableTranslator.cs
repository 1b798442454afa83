using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// ALTER TABLE: one operation per column or constraint named, each spanning its own element when the
/// statement names several, so annotations land on the right line.
/// </summary>
internal static class AlterTableTranslator
{
    public static IEnumerable<SchemaOperation> Translate(ScriptPiece piece, AlterTableStatement statement)
    {
        var table = Names.Of(statement.SchemaObjectName);
        var span = piece.Span(statement);
        return statement switch
        {
            AlterTableAddTableElementStatement add => Add(piece, add, table),
            AlterTableDropTableElementStatement drop => Drop(piece, drop, table),
            AlterTableAlterColumnStatement alter => AlterColumn(piece, alter, table),
            AlterTableConstraintModificationStatement constraints => Enforcement(piece, constraints, table),
            AlterTableTriggerModificationStatement triggers => [new ChangeTableProperty(span, table, TablePropertyKind.TriggerEnablement, TriggerWords(triggers))],
            AlterTableSwitchStatement => [new ChangeTableProperty(span, table, TablePropertyKind.DetachPartition, "SWITCH: rows move to another table")],
            AlterTableSetStatement set => [Set(span, table, set)],
            AlterTableRebuildStatement or AlterTableChangeTrackingModificationStatement or AlterTableFileTableNamespaceStatement =>
                [new ChangeTableProperty(span, table, TablePropertyKind.Storage, StorageWords(statement))],
            _ => [new Opaque(span, "ALTER TABLE", "MigrationLint does not model this ALTER TABLE action")],
        };
    }

    private static IEnumerable<SchemaOperation> Add(ScriptPiece piece, AlterTableAddTableElementStatement statement, ObjectName table)
    {
        var definition = statement.Definition;
        var elements = definition.ColumnDefinitions.Count + definition.TableConstraints.Count + definition.Indexes.Count
            + (definition.SystemTimePeriod is null ? 0 : 1);
        SourceSpan SpanOf(TSqlFragment element) => elements > 1 ? piece.Span(element) : piece.Span(statement);

        // WITH NOCHECK: existing rows are not checked, new writes are (PostgreSQL's NOT VALID).
        var notValid = statement.ExistingRowsCheckEnforcement == ConstraintEnforcement.NoCheck;
        var operations = new List<(int Offset, SchemaOperation Operation)>();
        foreach (var column in definition.ColumnDefinitions)
        {
            var (read, inline) = TableTranslator.ReadColumn(piece, column);
            operations.Add((column.StartOffset, new AddColumn(SpanOf(column), table, read, inline, false)));
        }

        foreach (var constraint in definition.TableConstraints)
        {
            SchemaOperation operation = constraint switch
            {
                DefaultConstraintDefinition { Column: { } column } defaultConstraint => new SetDefault(
                    SpanOf(constraint), table, column.Value, piece.Shortened(defaultConstraint.Expression))
                {
                    ConstraintName = defaultConstraint.ConstraintIdentifier?.Value,
                },
                _ when TableTranslator.ReadConstraint(constraint) is { } read => new AddConstraint(SpanOf(constraint), table, read, notValid),
                _ => new Opaque(SpanOf(constraint), "ADD CONSTRAINT", "this kind of constraint is not modelled"),
            };
            operations.Add((constraint.StartOffset, operation));
        }

        foreach (var index in definition.Indexes)
        {
            operations.Add((index.StartOffset, TableTranslator.Index(SpanOf(index), table, index)));
        }

        if (definition.SystemTimePeriod is { } period)
        {
            operations.Add((period.StartOffset, new ChangeTableProperty(SpanOf(period), table, TablePropertyKind.Behaviour, "ADD PERIOD FOR SYSTEM_TIME")));
        }

        return operations.OrderBy(o => o.Offset).Select(o => o.Operation);
    }

    private static IEnumerable<SchemaOperation> Drop(ScriptPiece piece, AlterTableDropTableElementStatement statement, ObjectName table)
    {
        var several = statement.AlterTableDropTableElements.Count > 1;
        foreach (var element in statement.AlterTableDropTableElements)
        {
            var span = several ? piece.Span(element) : piece.Span(statement);
            var name = element.Name?.Value ?? string.Empty;
            yield return element.TableElementType switch
            {
                TableElementType.Column => new DropColumn(span, table, name, element.IsIfExists, false),
                TableElementType.Constraint or TableElementType.NotSpecified => new DropConstraint(span, table, name, element.IsIfExists, false),
                TableElementType.Index => new DropIndex(span, Names.InSchemaOf(table, name), element.IsIfExists, false, false),
                TableElementType.Period => new ChangeTableProperty(span, table, TablePropertyKind.Behaviour, "DROP PERIOD FOR SYSTEM_TIME"),
                _ => new Opaque(span, "ALTER TABLE DROP", $"dropping a {element.TableElementType} is not modelled"),
            };
        }
    }

    /// <summary>
    /// ALTER COLUMN gives the column's whole definition: a type change also restates the nullability,
    /// and leaving out NOT NULL makes the column nullable. Both are reported; the rules call the part
    /// that restates what the column already was a no-change.
    /// </summary>
    private static IEnumerable<SchemaOperation> AlterColumn(ScriptPiece piece, AlterTableAlterColumnStatement statement, ObjectName table)
    {
        var span = piece.Span(statement);
        var column = statement.ColumnIdentifier.Value;
        var option = statement.AlterTableAlterColumnOption;
        if (statement.DataType is { } dataType && option is AlterTableAlterColumnOption.NoOptionDefined or AlterTableAlterColumnOption.Null or AlterTableAlterColumnOption.NotNull)
        {
            yield return new AlterColumnType(span, table, column, TypeNames.Read(dataType), null);
            yield return option == AlterTableAlterColumnOption.NotNull
                ? new SetNotNull(span, table, column)
                : new DropNotNull(span, table, column);
            if (statement.Collation is { } collation)
            {
                yield return new ChangeTableProperty(span, table, TablePropertyKind.Behaviour, $"column {column} COLLATE {collation.Value}: comparisons, sorting and uniqueness may change");
            }

            yield break;
        }

        yield return option switch
        {
            AlterTableAlterColumnOption.AddRowGuidCol or AlterTableAlterColumnOption.DropRowGuidCol
                or AlterTableAlterColumnOption.AddSparse or AlterTableAlterColumnOption.DropSparse
                or AlterTableAlterColumnOption.AddPersisted or AlterTableAlterColumnOption.DropPersisted
                or AlterTableAlterColumnOption.AddNotForReplication or AlterTableAlterColumnOption.DropNotForReplication =>
                new ChangeTableProperty(span, table, TablePropertyKind.Storage, $"column {column}: {Words(option)}"),
            AlterTableAlterColumnOption.AddMaskingFunction or AlterTableAlterColumnOption.DropMaskingFunction
                or AlterTableAlterColumnOption.AddHidden or AlterTableAlterColumnOption.DropHidden =>
                new ChangeTableProperty(span, table, TablePropertyKind.Behaviour, $"column {column}: {Words(option)}"),
            _ => new Opaque(span, "ALTER COLUMN", $"{Words(option)} is not modelled"),
        };
    }

    /// <summary>
    /// WITH CHECK CHECK CONSTRAINT checks the rows written while the constraint was not trusted:
    /// PostgreSQL's VALIDATE CONSTRAINT. Switching checking on or off (CHECK / NOCHECK CONSTRAINT)
    /// changes which of the old code's writes succeed.
    /// </summary>
    private static IEnumerable<SchemaOperation> Enforcement(ScriptPiece piece, AlterTableConstraintModificationStatement statement, ObjectName table)
    {
        var span = piece.Span(statement);
        var names = statement.All ? ["ALL"] : statement.ConstraintNames.Select(n => n.Value).ToList();
        if (statement.ConstraintEnforcement == Microsoft.SqlServer.TransactSql.ScriptDom.ConstraintEnforcement.Check
            && statement.ExistingRowsCheckEnforcement == Microsoft.SqlServer.TransactSql.ScriptDom.ConstraintEnforcement.Check)
        {
            return names.Select(name => new ValidateConstraint(span, table, name));
        }

        var verb = statement.ConstraintEnforcement == Microsoft.SqlServer.TransactSql.ScriptDom.ConstraintEnforcement.NoCheck ? "NOCHECK" : "CHECK";
        return [new ChangeTableProperty(span, table, TablePropertyKind.Behaviour, $"{verb} CONSTRAINT {string.Join(", ", names)}")];
    }

    private static ChangeTableProperty Set(SourceSpan span, ObjectName table, AlterTableSetStatement statement)
    {
        var versioning = statement.Options.Any(o => o is SystemVersioningTableOption or DataRetentionTableOption);
        var words = string.Join(", ", statement.Options.Select(o => Words(o.OptionKind)));
        return new ChangeTableProperty(span, table, versioning ? TablePropertyKind.Behaviour : TablePropertyKind.Storage, $"SET ({words})");
    }

    private static string TriggerWords(AlterTableTriggerModificationStatement statement) =>
        $"{(statement.TriggerEnforcement == TriggerEnforcement.Enable ? "ENABLE" : "DISABLE")} TRIGGER {(statement.All ? "ALL" : string.Join(", ", statement.TriggerNames.Select(n => n.Value)))}";

    private static string StorageWords(AlterTableStatement statement) => statement switch
    {
        AlterTableRebuildStatement => "REBUILD",
        AlterTableChangeTrackingModificationStatement => "change tracking",
        _ => "FILETABLE_NAMESPACE",
    };

    /// <summary>AddMaskingFunction → "add masking function", for messages.</summary>
    private static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
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
}
