using System.Collections.Immutable;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;
using Model = MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>CREATE TABLE, and the column and constraint definitions that ALTER TABLE … ADD shares with it.</summary>
internal static class TableTranslator
{
    public static IEnumerable<SchemaOperation> CreateTable(ScriptPiece piece, CreateTableStatement statement)
    {
        var span = piece.Span(statement);
        var table = Names.Of(statement.SchemaObjectName);
        var columns = ImmutableArray.CreateBuilder<Model.ColumnDefinition>();
        var constraints = ImmutableArray.CreateBuilder<Model.ConstraintDefinition>();
        var definition = statement.Definition;
        foreach (var column in definition?.ColumnDefinitions ?? [])
        {
            var (read, inline) = ReadColumn(piece, column);
            columns.Add(read);
            constraints.AddRange(inline);
        }

        foreach (var constraint in definition?.TableConstraints ?? [])
        {
            if (ReadConstraint(constraint) is { } read)
            {
                constraints.Add(read);
            }
        }

        yield return new CreateTable(span, table, columns.ToImmutable(), constraints.ToImmutable(), false);
        foreach (var index in definition?.Indexes ?? [])
        {
            yield return Index(span, table, index);
        }
    }

    /// <summary>An index declared inside CREATE TABLE or added by ALTER TABLE … ADD INDEX.</summary>
    public static CreateIndex Index(SourceSpan span, ObjectName table, IndexDefinition index) => new(
        span,
        index.Name is { } name ? Names.InSchemaOf(table, name.Value) : null,
        table,
        index.Unique,
        [.. index.Columns.Select(c => Names.Column(c.Column))],
        false,
        false);

    /// <summary>
    /// A column and the constraints written with it. SQL Server makes a column nullable unless it says
    /// NOT NULL, is an identity or part of the primary key; a named DEFAULT is a constraint of its own.
    /// </summary>
    public static (Model.ColumnDefinition Column, ImmutableArray<Model.ConstraintDefinition> Constraints) ReadColumn(
        ScriptPiece piece, Microsoft.SqlServer.TransactSql.ScriptDom.ColumnDefinition column)
    {
        var name = column.ColumnIdentifier.Value;
        var identity = column.IdentityOptions is not null;
        var type = column.DataType is { } dataType ? TypeNames.Read(dataType) : null;
        var generated = column.ComputedColumnExpression is not null || column.GeneratedAlways is not null || type?.Name == "rowversion";
        var notNull = identity || type?.Name == "rowversion";
        var inline = ImmutableArray.CreateBuilder<Model.ConstraintDefinition>();
        foreach (var constraint in column.Constraints)
        {
            switch (constraint)
            {
                case NullableConstraintDefinition nullable:
                    notNull = !nullable.Nullable;
                    break;
                case UniqueConstraintDefinition { IsPrimaryKey: true }:
                    notNull = true;
                    inline.Add(ReadConstraint(constraint, name)!);
                    break;
                default:
                    if (ReadConstraint(constraint, name) is { } read)
                    {
                        inline.Add(read);
                    }

                    break;
            }
        }

        string? defaultExpression = null;
        if (column.DefaultConstraint is { } defaultConstraint)
        {
            defaultExpression = piece.Shortened(defaultConstraint.Expression);
            if (defaultConstraint.ConstraintIdentifier is { } constraintName)
            {
                inline.Add(new Model.ConstraintDefinition(constraintName.Value, ConstraintKind.Default, [name], null));
            }
        }

        return (new Model.ColumnDefinition(name, type, notNull, defaultExpression, identity, generated), inline.ToImmutable());
    }

    /// <summary>
    /// A table constraint in the model's terms; <paramref name="column"/> is the column of one written
    /// inline. DEFAULT constraints are columns' defaults, read elsewhere.
    /// </summary>
    public static Model.ConstraintDefinition? ReadConstraint(Microsoft.SqlServer.TransactSql.ScriptDom.ConstraintDefinition constraint, string? column = null)
    {
        var name = constraint.ConstraintIdentifier?.Value;
        ImmutableArray<string> Columns(IEnumerable<string> listed)
        {
            var names = listed.ToImmutableArray();
            return names.IsEmpty && column is not null ? [column] : names;
        }

        return constraint switch
        {
            UniqueConstraintDefinition unique => new(
                name, unique.IsPrimaryKey ? ConstraintKind.PrimaryKey : ConstraintKind.Unique, Columns(unique.Columns.Select(c => Names.Column(c.Column))), null),
            ForeignKeyConstraintDefinition foreignKey => new(
                name, ConstraintKind.ForeignKey, Columns(foreignKey.Columns.Select(c => c.Value)), Names.Of(foreignKey.ReferenceTableName)),
            CheckConstraintDefinition check => new(name, ConstraintKind.Check, Columns(ColumnsIn(check.CheckCondition)), null),
            _ => null,
        };
    }

    /// <summary>The columns an expression reads, each once.</summary>
    private static IEnumerable<string> ColumnsIn(TSqlFragment expression)
    {
        var visitor = new ColumnCollector();
        expression.Accept(visitor);
        return visitor.Columns.Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private sealed class ColumnCollector : TSqlFragmentVisitor
    {
        public List<string> Columns { get; } = [];

        public override void Visit(ColumnReferenceExpression node) => Columns.Add(Names.Column(node));
    }
}
