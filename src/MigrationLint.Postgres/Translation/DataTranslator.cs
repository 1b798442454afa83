using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>Data changes, privileges, comments, calls, and the statements that change nothing.</summary>
internal static class DataTranslator
{
    /// <summary>
    /// Functions whose call in a migration's SELECT cannot change what the old code sees
    /// (configuration, advisory locks, pure expressions). setval is not among them: moving a sequence
    /// back makes the old code's inserts collide with existing keys.
    /// </summary>
    private static readonly HashSet<string> HarmlessFunctions = new(StringComparer.Ordinal)
    {
        "set_config", "current_setting", "now", "current_timestamp", "clock_timestamp", "statement_timestamp",
        "pg_advisory_lock", "pg_advisory_unlock", "pg_advisory_xact_lock", "pg_try_advisory_lock",
        "pg_try_advisory_xact_lock", "pg_advisory_unlock_all", "nextval", "currval", "count", "max",
        "min", "sum", "avg", "coalesce", "nullif", "greatest", "least", "lower", "upper", "length", "format",
        "concat", "version", "to_regclass", "to_regtype", "pg_get_serial_sequence", "pg_sleep", "random",
        "gen_random_uuid", "uuid_generate_v4", "md5", "array_agg", "string_agg", "jsonb_build_object",
        "json_build_object", "pg_notify", "txid_current", "pg_current_xact_id", "has_table_privilege",
        "has_schema_privilege", "exists", "pg_typeof", "obj_description", "col_description",
    };

    public static IEnumerable<SchemaOperation> Insert(Statement statement) =>
        Modifying(statement, [new DataChange(statement.Span, DataChangeKind.Insert, Relation(statement.Body), false)]);

    public static IEnumerable<SchemaOperation> Update(Statement statement) =>
        Modifying(statement, [new DataChange(statement.Span, DataChangeKind.Update, Relation(statement.Body), statement.Body.Get("whereClause") is not null)]);

    public static IEnumerable<SchemaOperation> Delete(Statement statement) =>
        Modifying(statement, [new DataChange(statement.Span, DataChangeKind.Delete, Relation(statement.Body), statement.Body.Get("whereClause") is not null)]);

    public static IEnumerable<SchemaOperation> Truncate(Statement statement) =>
        statement.Body.Items("relations")
            .Select(r => r.As("RangeVar"))
            .OfType<PgNode>()
            .Select(r => new DataChange(statement.Span, DataChangeKind.Truncate, Names.FromRangeVar(r), false));

    public static IEnumerable<SchemaOperation> Copy(Statement statement)
    {
        if (statement.Body.Bool("is_from") && statement.Body.Get("relation") is { } relation)
        {
            yield return new DataChange(statement.Span, DataChangeKind.Insert, Names.FromRangeVar(relation), false);
        }
        else
        {
            yield return new NoSchemaChange(statement.Span, "COPY TO");
        }
    }

    /// <summary>MERGE deletes rows when any WHEN clause does; otherwise it updates and inserts.</summary>
    public static IEnumerable<SchemaOperation> Merge(Statement statement)
    {
        var deletes = statement.Body.Items("mergeWhenClauses")
            .Any(c => c.As("MergeWhenClause")?.Str("commandType") == "CMD_DELETE");
        var table = Relation(statement.Body);
        yield return new DataChange(statement.Span, deletes ? DataChangeKind.Delete : DataChangeKind.Update, table, true);
    }

    /// <summary>
    /// A SELECT changes nothing unless it creates a table (SELECT INTO), modifies data in a WITH
    /// clause, or calls a function that might do anything.
    /// </summary>
    public static IEnumerable<SchemaOperation> Select(Statement statement)
    {
        var body = statement.Body;
        if (body.Get("intoClause")?.Get("rel") is { } into)
        {
            yield return new CreateTable(statement.Span, Names.FromRangeVar(into), [], [], false);
            yield break;
        }

        var found = false;
        foreach (var operation in ModifyingCtes(statement))
        {
            found = true;
            yield return operation;
        }

        foreach (var routine in CalledRoutines(body))
        {
            found = true;
            yield return new CallRoutine(statement.Span, routine);
        }

        if (!found)
        {
            yield return new NoSchemaChange(statement.Span, "SELECT");
        }
    }

    public static IEnumerable<SchemaOperation> Call(Statement statement)
    {
        var call = statement.Body.Get("funccall");
        var name = call is { } funcCall ? Names.FromParts(funcCall.Strings("funcname")) : new ObjectName(null, "unknown");
        yield return new CallRoutine(statement.Span, name);
    }

    /// <summary>The routines a query calls that are not known to be harmless, in order, each once.</summary>
    public static IEnumerable<ObjectName> CalledRoutines(PgNode query) =>
        query.Descendants("FuncCall")
            .Select(call => Names.FromParts(call.Strings("funcname")))
            .Where(name => !(name.Schema is null or "pg_catalog" && HarmlessFunctions.Contains(name.Name)))
            .Distinct();

    public static IEnumerable<SchemaOperation> Grant(Statement statement)
    {
        var body = statement.Body;
        var isGrant = statement.Type switch
        {
            "AlterDefaultPrivilegesStmt" => body.Get("action")?.Bool("is_grant") ?? true,
            _ => body.Bool("is_grant"),
        };
        var kind = statement.Type == "GrantStmt" ? ObjectKinds.From(body.Str("objtype")) : ObjectKind.Role;
        var targets = statement.Type == "GrantStmt" && body.Str("targtype") is null or "ACL_TARGET_OBJECT"
            ? body.Items("objects").Select(o => o.As("RangeVar") is { } rangeVar ? Names.FromRangeVar(rangeVar) : Names.FromObject(o)).ToImmutableArray()
            : [];
        var what = statement.Type switch
        {
            "GrantRoleStmt" => "role membership",
            "AlterDefaultPrivilegesStmt" => "default privileges",
            _ when targets.IsEmpty => $"privileges on all {kind.Describe()}s in schema",
            _ => $"privileges on {kind.Describe()} {string.Join(", ", targets)}",
        };
        yield return new ChangePrivileges(statement.Span, isGrant, what, kind, targets);
    }

    public static IEnumerable<SchemaOperation> Comment(Statement statement)
    {
        var kind = ObjectKinds.From(statement.Body.Str("objtype"));
        var target = statement.Body.Get("object") is { } objectNode ? Names.FromObject(objectNode).ToString() : kind.Describe();
        yield return new Comment(statement.Span, kind, target);
    }

    private static ObjectName Relation(PgNode body) =>
        body.Get("relation") is { } relation ? Names.FromRangeVar(relation) : new ObjectName(null, "unknown");

    /// <summary>The statement's own change, preceded by what its WITH clause modifies.</summary>
    private static IEnumerable<SchemaOperation> Modifying(Statement statement, SchemaOperation[] own) =>
        ModifyingCtes(statement).Concat(own);

    private static IEnumerable<SchemaOperation> ModifyingCtes(Statement statement)
    {
        foreach (var cte in statement.Body.Get("withClause")?.Items("ctes") ?? [])
        {
            if (cte.As("CommonTableExpr")?.Get("ctequery") is not { } query)
            {
                continue;
            }

            var inner = new Statement(statement.Source, query, statement.Start, statement.End);
            var operations = inner.Type switch
            {
                "InsertStmt" => Insert(inner),
                "UpdateStmt" => Update(inner),
                "DeleteStmt" => Delete(inner),
                _ => [],
            };
            foreach (var operation in operations)
            {
                yield return operation;
            }
        }
    }
}
