using System.Collections.Immutable;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Data changes, privileges, and the statements that change nothing. Writes to table variables
/// (<c>@t</c>) vanish with the batch and change nothing. A SELECT changes nothing either, whatever
/// it calls: SQL Server's functions cannot change data (only procedures can, and EXEC calls those).
/// </summary>
internal static class DataTranslator
{
    public static IEnumerable<SchemaOperation> Insert(ScriptPiece piece, InsertStatement statement)
    {
        var span = piece.Span(statement);
        var specification = statement.InsertSpecification;
        if (specification.InsertSource is ExecuteInsertSource { Execute.ExecutableEntity: ExecutableProcedureReference { ProcedureReference.ProcedureReference.Name: { } procedure } })
        {
            yield return new CallRoutine(span, Names.Of(procedure));
        }

        yield return Change(span, DataChangeKind.Insert, specification.Target, null, false);
    }

    public static SchemaOperation Update(ScriptPiece piece, UpdateStatement statement)
    {
        var specification = statement.UpdateSpecification;
        return Change(piece.Span(statement), DataChangeKind.Update, specification.Target, specification.FromClause, specification.WhereClause is not null);
    }

    public static SchemaOperation Delete(ScriptPiece piece, DeleteStatement statement)
    {
        var specification = statement.DeleteSpecification;
        return Change(piece.Span(statement), DataChangeKind.Delete, specification.Target, specification.FromClause, specification.WhereClause is not null);
    }

    /// <summary>MERGE deletes rows when any WHEN clause does; otherwise it updates and inserts.</summary>
    public static SchemaOperation Merge(ScriptPiece piece, MergeStatement statement)
    {
        var specification = statement.MergeSpecification;
        var deletes = specification.ActionClauses.Any(c => c.Action is DeleteMergeAction);
        return Change(piece.Span(statement), deletes ? DataChangeKind.Delete : DataChangeKind.Update, specification.Target, null, true);
    }

    public static SchemaOperation Truncate(ScriptPiece piece, TruncateTableStatement statement) =>
        new DataChange(piece.Span(statement), DataChangeKind.Truncate, Names.Of(statement.TableName), false);

    /// <summary>SELECT … INTO creates a table; any other SELECT only reads.</summary>
    public static SchemaOperation Select(ScriptPiece piece, SelectStatement statement) =>
        statement.Into is { } into
            ? new CreateTable(piece.Span(statement), Names.Of(into), [], [], false)
            : new NoSchemaChange(piece.Span(statement), "SELECT");

    public static SchemaOperation Privileges(ScriptPiece piece, SecurityStatement statement)
    {
        var span = piece.Span(statement);
        var permissions = statement.Permissions
            .Select(p => string.Join(' ', p.Identifiers.Select(i => i.Value.ToUpperInvariant())))
            .ToList();
        var target = statement.SecurityTargetObject;
        var kind = target?.ObjectKind switch
        {
            SecurityObjectKind.Schema => ObjectKind.Schema,
            SecurityObjectKind.Type => ObjectKind.Type,
            SecurityObjectKind.NotSpecified or SecurityObjectKind.Object when permissions.All(p => p == "EXECUTE") => ObjectKind.Procedure,
            SecurityObjectKind.NotSpecified or SecurityObjectKind.Object => ObjectKind.Table,
            _ => ObjectKind.Other,
        };
        ImmutableArray<ObjectName> targets = target?.ObjectName?.MultiPartIdentifier is { } name && kind != ObjectKind.Other
            ? [kind == ObjectKind.Schema ? new ObjectName(null, name.Identifiers[^1].Value) : Names.Of(name)]
            : [];
        var verb = statement switch
        {
            DenyStatement => "DENY of ",
            _ => string.Empty,
        };
        var on = targets.IsEmpty ? string.Empty : $" on {kind.Describe()} {string.Join(", ", targets)}";
        var to = string.Join(", ", statement.Principals.Select(p => p.Identifier?.Value ?? p.PrincipalType.ToString().ToLowerInvariant()));
        return new ChangePrivileges(span, statement is GrantStatement, $"{verb}{string.Join(", ", permissions)}{on} to {to}", kind, targets);
    }

    /// <summary>ALTER ROLE … ADD MEMBER / DROP MEMBER, sp_addrolemember and sp_droprolemember.</summary>
    public static SchemaOperation RoleMembership(SourceSpan span, bool add, string role) =>
        new ChangePrivileges(span, add, $"membership of role {role}", ObjectKind.Role, []);

    private static SchemaOperation Change(SourceSpan span, DataChangeKind kind, TableReference target, FromClause? from, bool filtered)
    {
        if (target is VariableTableReference)
        {
            return new NoSchemaChange(span, $"{kind.ToString().ToUpperInvariant()} of a table variable");
        }

        var name = target is NamedTableReference named ? Names.Of(named.SchemaObject) : new ObjectName(null, "unknown");
        return new DataChange(span, kind, Resolve(name, from), filtered || from is not null);
    }

    /// <summary>UPDATE a … FROM orders a: the target is an alias of a table in the FROM clause.</summary>
    private static ObjectName Resolve(ObjectName target, FromClause? from)
    {
        if (from is null || target.Schema is not null)
        {
            return target;
        }

        var tables = new NamedTables();
        from.Accept(tables);
        return tables.Found.FirstOrDefault(t => t.Alias?.Value.Equals(target.Name, StringComparison.OrdinalIgnoreCase) == true) is { } aliased
            ? Names.Of(aliased.SchemaObject)
            : target;
    }

    private sealed class NamedTables : TSqlFragmentVisitor
    {
        public List<NamedTableReference> Found { get; } = [];

        public override void Visit(NamedTableReference node) => Found.Add(node);
    }
}
