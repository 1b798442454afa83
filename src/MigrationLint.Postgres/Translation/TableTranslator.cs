using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>CREATE TABLE, and the column and constraint definitions that ALTER TABLE shares with it.</summary>
internal static class TableTranslator
{
    public static IEnumerable<SchemaOperation> CreateTable(Statement statement)
    {
        var body = statement.Body;
        var table = Names.FromRangeVar(body.Get("relation")!.Value);
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        var constraints = ImmutableArray.CreateBuilder<ConstraintDefinition>();
        foreach (var element in body.Items("tableElts"))
        {
            if (element.As("ColumnDef") is { } columnDef)
            {
                var (column, inline) = ReadColumn(statement, columnDef);
                columns.Add(column);
                constraints.AddRange(inline);
            }
            else if (element.As("Constraint") is { } constraint && ReadConstraint(constraint, []) is { } definition)
            {
                constraints.Add(definition);
            }
        }

        yield return new CreateTable(statement.Span, table, columns.ToImmutable(), constraints.ToImmutable(), body.Bool("if_not_exists"));
    }

    /// <summary>CREATE TABLE … AS and CREATE MATERIALIZED VIEW … AS.</summary>
    public static IEnumerable<SchemaOperation> CreateTableAs(Statement statement)
    {
        var into = statement.Body.Get("into")?.Get("rel");
        if (into is null)
        {
            yield return new Opaque(statement.Span, "CREATE TABLE AS", "the statement names no table");
            yield break;
        }

        var name = Names.FromRangeVar(into.Value);
        if (statement.Body.Str("objtype") == "OBJECT_MATVIEW")
        {
            yield return new CreateObject(statement.Span, ObjectKind.MaterializedView, name, false, null);
        }
        else
        {
            yield return new CreateTable(statement.Span, name, [], [], statement.Body.Bool("if_not_exists"));
        }
    }

    /// <summary>A column and the constraints written inline with it (UNIQUE, REFERENCES, CHECK, PRIMARY KEY).</summary>
    public static (ColumnDefinition Column, ImmutableArray<ConstraintDefinition> Constraints) ReadColumn(Statement statement, PgNode columnDef)
    {
        var name = columnDef.Str("colname") ?? string.Empty;
        var typeName = columnDef.Get("typeName");
        var notNull = columnDef.Bool("is_not_null");
        string? defaultExpression = null;
        bool identity = false, generated = false;
        var inline = ImmutableArray.CreateBuilder<ConstraintDefinition>();
        foreach (var wrapper in columnDef.Items("constraints"))
        {
            if (wrapper.As("Constraint") is not { } constraint)
            {
                continue;
            }

            switch (constraint.Str("contype"))
            {
                case "CONSTR_NOTNULL":
                    notNull = true;
                    break;
                case "CONSTR_NULL":
                    notNull = false;
                    break;
                case "CONSTR_DEFAULT":
                    defaultExpression = statement.ExpressionAfterKeyword(constraint.Int("location"));
                    break;
                case "CONSTR_IDENTITY":
                    identity = true;
                    notNull = true;
                    break;
                case "CONSTR_GENERATED":
                    generated = true;
                    break;
                case "CONSTR_PRIMARY":
                    notNull = true;
                    inline.Add(ReadConstraint(constraint, [name])!);
                    break;
                default:
                    if (ReadConstraint(constraint, [name]) is { } definition)
                    {
                        inline.Add(definition);
                    }

                    break;
            }
        }

        var isSerial = false;
        var type = typeName is { } t ? TypeNames.Read(t, out isSerial) : null;
        var column = new ColumnDefinition(name, type, notNull, defaultExpression, identity, generated)
        {
            IsSerial = isSerial,
        };
        return (column, inline.ToImmutable());
    }

    /// <summary>A Constraint node as a table constraint; <paramref name="columnContext"/> are the columns of an inline one.</summary>
    public static ConstraintDefinition? ReadConstraint(PgNode constraint, ImmutableArray<string> columnContext)
    {
        var kind = constraint.Str("contype") switch
        {
            "CONSTR_CHECK" => ConstraintKind.Check,
            "CONSTR_FOREIGN" => ConstraintKind.ForeignKey,
            "CONSTR_UNIQUE" => ConstraintKind.Unique,
            "CONSTR_PRIMARY" => ConstraintKind.PrimaryKey,
            "CONSTR_EXCLUSION" => ConstraintKind.Exclusion,
            "CONSTR_NOTNULL" => ConstraintKind.NotNull,
            _ => (ConstraintKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var columns = kind switch
        {
            ConstraintKind.ForeignKey => constraint.Strings("fk_attrs"),
            ConstraintKind.Check => CheckColumns(constraint),
            ConstraintKind.Exclusion => constraint.Items("exclusions")
                .SelectMany(pair => pair.As("List")?.Items("items").Take(1) ?? [])
                .Select(element => element.As("IndexElem")?.Str("name") ?? "expr")
                .ToList(),
            _ => constraint.Strings("keys"),
        };
        var effectiveColumns = columns.Count > 0 ? [.. columns] : columnContext;
        var referenced = constraint.Get("pktable") is { } pktable ? Names.FromRangeVar(pktable) : null;
        return new ConstraintDefinition(constraint.Str("conname"), kind.Value, effectiveColumns, referenced);
    }

    /// <summary>The columns a CHECK expression reads; PostgreSQL names the constraint after the only one, if one.</summary>
    private static List<string> CheckColumns(PgNode constraint) =>
        constraint.Get("raw_expr") is { } expression
            ? expression.Descendants("ColumnRef")
                .Select(reference => reference.Strings("fields").LastOrDefault())
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList()
            : [];
}
