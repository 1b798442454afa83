using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>CREATE, DROP, RENAME and SET SCHEMA of everything that is not a table's columns or constraints.</summary>
internal static class DdlTranslator
{
    public static IEnumerable<SchemaOperation> Rename(Statement statement)
    {
        var body = statement.Body;
        var kind = ObjectKinds.From(body.Str("renameType"));
        var newName = body.Str("newname") ?? string.Empty;
        var subname = body.Str("subname") ?? string.Empty;
        var relation = body.Get("relation") is { } rangeVar ? Names.FromRangeVar(rangeVar) : null;
        var named = body.Get("object") is { } objectNode ? Names.FromObject(objectNode) : null;
        SchemaOperation operation = kind switch
        {
            ObjectKind.Column when relation is not null => new RenameColumn(statement.Span, relation, subname, newName),
            ObjectKind.Column => new RenameObject(statement.Span, ObjectKind.Column, new ObjectName(named?.Schema, $"{named?.Name}.{subname}"), newName, null),
            ObjectKind.Table => new RenameTable(statement.Span, relation!, newName),
            ObjectKind.Constraint when relation is not null => new RenameConstraint(statement.Span, relation, subname, newName),
            ObjectKind.Constraint => new RenameObject(statement.Span, ObjectKind.Constraint, new ObjectName(named?.Schema, subname), newName, named),
            _ when ObjectKinds.IsTableScoped(kind) && relation is not null =>
                new RenameObject(statement.Span, kind, new ObjectName(relation.Schema, subname), newName, relation),
            ObjectKind.Schema or ObjectKind.Role => new RenameObject(statement.Span, kind, new ObjectName(null, subname), newName, null),
            _ => new RenameObject(statement.Span, kind, relation ?? named ?? new ObjectName(null, subname), newName, null),
        };
        yield return operation;
    }

    public static IEnumerable<SchemaOperation> SetSchema(Statement statement)
    {
        var body = statement.Body;
        var kind = ObjectKinds.From(body.Str("objectType"));
        var name = body.Get("relation") is { } rangeVar ? Names.FromRangeVar(rangeVar)
            : body.Get("object") is { } objectNode ? Names.FromObject(objectNode)
            : new ObjectName(null, string.Empty);
        yield return new MoveToSchema(statement.Span, kind, name, body.Str("newschema") ?? string.Empty);
    }

    public static IEnumerable<SchemaOperation> Drop(Statement statement)
    {
        var body = statement.Body;
        var kind = ObjectKinds.From(body.Str("removeType"));
        var ifExists = body.Bool("missing_ok");
        var cascade = body.Str("behavior") == "DROP_CASCADE";
        foreach (var target in body.Items("objects"))
        {
            if (ObjectKinds.IsTableScoped(kind))
            {
                var (name, table) = Names.FromTableScopedObject(target);
                yield return new DropObject(statement.Span, kind, name, table, ifExists, cascade);
                continue;
            }

            var objectName = Names.FromObject(target);
            yield return kind switch
            {
                ObjectKind.Table => new DropTable(statement.Span, objectName, ifExists, cascade),
                ObjectKind.Index => new DropIndex(statement.Span, objectName, ifExists, body.Bool("concurrent"), cascade),
                _ => new DropObject(statement.Span, kind, objectName, null, ifExists, cascade),
            };
        }
    }

    public static IEnumerable<SchemaOperation> CreateIndex(Statement statement)
    {
        var body = statement.Body;
        var table = Names.FromRangeVar(body.Get("relation")!.Value);
        var name = body.Str("idxname") is { } indexName ? new ObjectName(table.Schema, indexName) : null;
        var columns = body.Items("indexParams")
            .Select(p => p.As("IndexElem") is { } element ? element.Str("name") ?? "expr" : "expr")
            .ToImmutableArray();
        yield return new CreateIndex(statement.Span, name, table, body.Bool("unique"), columns, body.Bool("concurrent"), body.Bool("if_not_exists"));
    }

    public static IEnumerable<SchemaOperation> CreateSchema(Statement statement, Func<Statement, IEnumerable<SchemaOperation>> translate)
    {
        var body = statement.Body;
        yield return new CreateObject(statement.Span, ObjectKind.Schema, new ObjectName(null, body.Str("schemaname") ?? string.Empty), false, null);
        foreach (var element in body.Items("schemaElts"))
        {
            foreach (var operation in translate(new Statement(statement.Source, element, statement.Start, statement.End)))
            {
                yield return operation;
            }
        }
    }

    /// <summary>CREATE of the objects that have no shape we track beyond their name.</summary>
    public static IEnumerable<SchemaOperation> Create(Statement statement)
    {
        var body = statement.Body;
        SchemaOperation? operation = statement.Type switch
        {
            "ViewStmt" => new CreateObject(statement.Span, ObjectKind.View, Names.FromRangeVar(body.Get("view")!.Value), body.Bool("replace"), null),
            "CreateFunctionStmt" => new CreateObject(
                statement.Span,
                body.Bool("is_procedure") ? ObjectKind.Procedure : ObjectKind.Function,
                Names.FromParts(body.Strings("funcname")),
                body.Bool("replace"),
                null),
            "CreateTrigStmt" => CreateTableScoped(statement, ObjectKind.Trigger, body.Str("trigname"), body.Get("relation"), body.Bool("replace")),
            "CreatePolicyStmt" => CreateTableScoped(statement, ObjectKind.Policy, body.Str("policy_name"), body.Get("table"), false),
            "RuleStmt" => CreateTableScoped(statement, ObjectKind.Rule, body.Str("rulename"), body.Get("relation"), body.Bool("replace")),
            "CreateSeqStmt" => new CreateObject(statement.Span, ObjectKind.Sequence, Names.FromRangeVar(body.Get("sequence")!.Value), false, null),
            "CreateEnumStmt" => new CreateEnumType(
                statement.Span, Names.FromParts(body.Strings("typeName")), [.. body.Strings("vals")]),
            "CompositeTypeStmt" => new CreateObject(statement.Span, ObjectKind.Type, Names.FromRangeVar(body.Get("typevar")!.Value), false, null),
            "CreateRangeStmt" => new CreateObject(statement.Span, ObjectKind.Type, Names.FromParts(body.Strings("typeName")), false, null),
            "CreateDomainStmt" => new CreateObject(statement.Span, ObjectKind.Domain, Names.FromParts(body.Strings("domainname")), false, null),
            "DefineStmt" => new CreateObject(
                statement.Span, ObjectKinds.From(body.Str("kind")), Names.FromParts(body.Strings("defnames")), body.Bool("replace"), null),
            "CreateExtensionStmt" => new CreateObject(statement.Span, ObjectKind.Extension, new ObjectName(null, body.Str("extname") ?? string.Empty), false, null),
            "CreateRoleStmt" => new CreateObject(statement.Span, ObjectKind.Role, new ObjectName(null, body.Str("role") ?? string.Empty), false, null),
            "CreateForeignTableStmt" => new CreateObject(
                statement.Span, ObjectKind.ForeignTable, Names.FromRangeVar(body.Get("base")!.Value.Get("relation")!.Value), false, null),
            "CreateStatsStmt" => new CreateObject(statement.Span, ObjectKind.Other, Names.FromParts(body.Strings("defnames")), false, null),
            "CreateCastStmt" or "CreateOpClassStmt" or "CreateOpFamilyStmt" or "CreateConversionStmt" or "CreateTransformStmt"
                or "CreateEventTrigStmt" or "CreatePLangStmt" or "CreateAmStmt" or "CreateTableSpaceStmt" =>
                new CreateObject(statement.Span, ObjectKind.Other, new ObjectName(null, Words.Of(statement.Type)), false, null),
            _ => null,
        };
        if (operation is not null)
        {
            yield return operation;
        }
    }

    private static CreateObject CreateTableScoped(Statement statement, ObjectKind kind, string? name, PgNode? relation, bool replace)
    {
        var table = relation is { } rangeVar ? Names.FromRangeVar(rangeVar) : null;
        return new CreateObject(statement.Span, kind, new ObjectName(table?.Schema, name ?? string.Empty), replace, table);
    }

    /// <summary>ALTER statements that change an object's properties without renaming or moving it.</summary>
    public static IEnumerable<SchemaOperation> Alter(Statement statement)
    {
        var body = statement.Body;
        yield return statement.Type switch
        {
            "AlterEnumStmt" => AlterEnum(statement),
            "AlterSeqStmt" => new AlterObject(statement.Span, ObjectKind.Sequence, Names.FromRangeVar(body.Get("sequence")!.Value), "sequence options"),
            "AlterFunctionStmt" => new AlterObject(
                statement.Span, ObjectKinds.From(body.Str("objtype")), Names.FromParts(body.Get("func")?.Strings("objname") ?? []), "function properties"),
            "AlterDomainStmt" => new AlterObject(statement.Span, ObjectKind.Domain, Names.FromParts(body.Strings("typeName")), DomainChange(body.Str("subtype"))),
            "AlterTypeStmt" => new AlterObject(statement.Span, ObjectKind.Type, Names.FromParts(body.Strings("typeName")), "type options"),
            "AlterExtensionStmt" or "AlterExtensionContentsStmt" => new AlterObject(
                statement.Span, ObjectKind.Extension, new ObjectName(null, body.Str("extname") ?? string.Empty), "extension version or contents"),
            "AlterPolicyStmt" => new AlterObject(
                statement.Span, ObjectKind.Policy, new ObjectName(null, body.Str("policy_name") ?? string.Empty), "policy expression or roles"),
            "AlterRoleStmt" or "AlterRoleSetStmt" => new AlterObject(
                statement.Span, ObjectKind.Role, new ObjectName(null, body.Get("role")?.Str("rolename") ?? string.Empty), "role attributes"),
            "AlterOwnerStmt" => new AlterObject(
                statement.Span, ObjectKinds.From(body.Str("objectType")), OwnedObject(body), "owner"),
            "AlterObjectDependsStmt" => new AlterObject(
                statement.Span, ObjectKinds.From(body.Str("objectType")), OwnedObject(body), "extension dependency"),
            "AlterTableMoveAllStmt" => new AlterObject(statement.Span, ObjectKind.Other, new ObjectName(null, "tablespace"), "tablespace of all tables"),
            _ => new AlterObject(statement.Span, ObjectKind.Other, new ObjectName(null, Words.Of(statement.Type)), Words.Of(statement.Type)),
        };
    }

    public static IEnumerable<SchemaOperation> DropRoles(Statement statement)
    {
        foreach (var role in statement.Body.Items("roles"))
        {
            var name = role.As("RoleSpec")?.Str("rolename") ?? string.Empty;
            yield return new DropObject(statement.Span, ObjectKind.Role, new ObjectName(null, name), null, statement.Body.Bool("missing_ok"), false);
        }
    }

    private static SchemaOperation AlterEnum(Statement statement)
    {
        var body = statement.Body;
        var type = Names.FromParts(body.Strings("typeName"));
        var newValue = body.Str("newVal") ?? string.Empty;
        return body.Str("oldVal") is { } oldValue
            ? new RenameEnumValue(statement.Span, type, oldValue, newValue)
            : new AddEnumValue(statement.Span, type, newValue);
    }

    private static string DomainChange(string? subtype) => subtype switch
    {
        "C" => "ADD CONSTRAINT",
        "X" => "DROP CONSTRAINT",
        "V" => "VALIDATE CONSTRAINT",
        "T" => "DEFAULT",
        "N" => "DROP NOT NULL",
        "O" => "SET NOT NULL",
        _ => "domain properties",
    };

    private static ObjectName OwnedObject(PgNode body) =>
        body.Get("relation") is { } rangeVar ? Names.FromRangeVar(rangeVar)
        : body.Get("object") is { } objectNode ? Names.FromObject(objectNode)
        : new ObjectName(null, string.Empty);
}
