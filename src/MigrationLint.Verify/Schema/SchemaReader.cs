using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;

namespace MigrationLint.Verify.Schema;

/// <summary>
/// Reads a <see cref="SchemaSnapshot"/> from pg_catalog: every schema, extension, table, column
/// (type, nullability, default, identity, generation, collation), constraint, index, view, sequence,
/// function, trigger, type (enum values in order, domains, composites), policy and rule outside the
/// system schemas and not owned by an extension, with grants as effective privileges. The runner's
/// bookkeeping table (and what hangs on it) is left out: its rows are checked on their own.
/// Column order and comments are not compared: old code does not depend on them.
/// </summary>
public static class SchemaReader
{
    private const string UserNamespaces = """
        WITH nsp AS (
            SELECT n.oid, n.nspname FROM pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e'))
        """;

    public static SchemaSnapshot Read(NpgsqlConnection connection, string? excludedTable, CancellationToken cancellation)
    {
        var excluded = ExcludedOid(connection, excludedTable, cancellation);
        var builder = ImmutableDictionary.CreateBuilder<(SchemaObjectKind, string), SchemaObject>();
        foreach (var (kind, query) in Queries(excluded))
        {
            using var command = new NpgsqlCommand(UserNamespaces + "\n" + query, connection);
            using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
            while (reader.Read())
            {
                var name = reader.GetString(0);
                var parent = reader.IsDBNull(1) ? null : reader.GetString(1);
                var properties = Properties(reader.GetString(2));
                builder[(kind, name)] = new SchemaObject(kind, name, parent, properties);
            }
        }

        return new SchemaSnapshot(builder.ToImmutable());
    }

    private static long ExcludedOid(NpgsqlConnection connection, string? table, CancellationToken cancellation)
    {
        if (table is null)
        {
            return 0;
        }

        using var command = new NpgsqlCommand("SELECT coalesce(to_regclass(@t)::oid::bigint, 0)", connection);
        command.Parameters.AddWithValue("t", table);
        return (long)command.ExecuteScalarAsync(cancellation).GetAwaiter().GetResult()!;
    }

    private static ImmutableSortedDictionary<string, string> Properties(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToImmutableSortedDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);
    }

    /// <summary>A name qualified by its schema unless that is public (the sample's and most projects' only schema).</summary>
    private static string Qualified(string nsp, string name) =>
        $"(CASE WHEN {nsp}.nspname = 'public' THEN format('%I', {name}) ELSE format('%I.%I', {nsp}.nspname, {name}) END)";

    /// <summary>Effective privileges (the owner's default when no GRANT ever ran), sorted, so equal rights compare equal.</summary>
    private static string Grants(string acl, char objectType, string owner) => $"""
        (SELECT coalesce(string_agg(g, ', ' ORDER BY g), '') FROM (
            SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END || ':' || a.privilege_type
                   || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END AS g
            FROM aclexplode(coalesce({acl}, acldefault('{objectType}', {owner}))) a) privileges)
        """;

    private static string NotInExtension(string catalog, string oid) =>
        $"NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '{catalog}'::regclass AND e.objid = {oid} AND e.deptype = 'e')";

    private static IEnumerable<(SchemaObjectKind Kind, string Sql)> Queries(long excluded)
    {
        var table = Qualified("n", "c.relname");
        yield return (SchemaObjectKind.Schema, $"""
            SELECT format('%I', n.nspname), NULL, jsonb_build_object('grants', {Grants("n.nspacl", 'n', "n.nspowner")})::text
            FROM pg_namespace n JOIN nsp ON nsp.oid = n.oid
            """);
        yield return (SchemaObjectKind.Extension, """
            SELECT format('%I', e.extname), NULL, jsonb_build_object('schema', e.extnamespace::regnamespace::text)::text
            FROM pg_extension e WHERE e.extname <> 'plpgsql'
            """);
        yield return (SchemaObjectKind.Table, $"""
            SELECT {table}, NULL, jsonb_strip_nulls(jsonb_build_object(
                'kind', CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table' ELSE 'table' END,
                'persistence', CASE c.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'logged' END,
                'row level security', CASE WHEN c.relforcerowsecurity THEN 'forced' WHEN c.relrowsecurity THEN 'enabled' ELSE 'disabled' END,
                'partition key', pg_get_partkeydef(c.oid),
                'partition of', (SELECT {Qualified("pn", "p.relname")} || ' ' || pg_get_expr(c.relpartbound, c.oid)
                                 FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                                 WHERE i.inhrelid = c.oid AND c.relispartition),
                'grants', {Grants("c.relacl", 'r', "c.relowner")}))::text
            FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'f') AND c.oid::bigint <> {excluded} AND {NotInExtension("pg_class", "c.oid")}
            """);
        yield return (SchemaObjectKind.Column, $"""
            SELECT {table} || '.' || format('%I', a.attname), {table}, jsonb_strip_nulls(jsonb_build_object(
                'type', format_type(a.atttypid, a.atttypmod),
                'nullability', CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END,
                'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
                'generated', CASE WHEN a.attgenerated = 's' THEN 'ALWAYS AS (' || pg_get_expr(d.adbin, d.adrelid) || ') STORED' END,
                'identity', CASE a.attidentity WHEN 'a' THEN 'GENERATED ALWAYS' WHEN 'd' THEN 'GENERATED BY DEFAULT' END,
                'collation', CASE WHEN a.attcollation <> t.typcollation THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,
                'grants', CASE WHEN a.attacl IS NOT NULL THEN (SELECT string_agg(CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || ':' || x.privilege_type, ', ' ORDER BY 1) FROM aclexplode(a.attacl) x) END))::text
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN nsp n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND c.oid::bigint <> {excluded} AND {NotInExtension("pg_class", "c.oid")}
            """);
        yield return (SchemaObjectKind.Constraint, $"""
            SELECT {table} || '.' || format('%I', k.conname), {table}, jsonb_strip_nulls(jsonb_build_object(
                'kind', CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique' WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check' WHEN 'x' THEN 'exclusion' ELSE 'trigger' END,
                'definition', pg_get_constraintdef(k.oid, true),
                'validation', CASE WHEN NOT k.convalidated THEN 'NOT VALID' END))::text
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN nsp n ON n.oid = c.relnamespace
            WHERE c.oid::bigint <> {excluded} AND {NotInExtension("pg_class", "c.oid")}
            UNION ALL
            SELECT {Qualified("n", "t.typname")} || '.' || format('%I', k.conname), {Qualified("n", "t.typname")}, jsonb_build_object(
                'kind', 'domain check', 'definition', pg_get_constraintdef(k.oid, true))::text
            FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid JOIN nsp n ON n.oid = t.typnamespace
            """);
        yield return (SchemaObjectKind.Index, $"""
            SELECT {Qualified("n", "ic.relname")}, {Qualified("tn", "tc.relname")}, jsonb_strip_nulls(jsonb_build_object(
                'definition', pg_get_indexdef(i.indexrelid, 0, true),
                'validity', CASE WHEN NOT i.indisvalid THEN 'INVALID' END))::text
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid JOIN nsp n ON n.oid = ic.relnamespace
            JOIN pg_class tc ON tc.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            WHERE tc.oid::bigint <> {excluded} AND {NotInExtension("pg_class", "tc.oid")}
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            """);
        yield return (SchemaObjectKind.View, $"""
            SELECT {table}, NULL, jsonb_build_object(
                'kind', CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END,
                'definition', pg_get_viewdef(c.oid, true),
                'columns', (SELECT string_agg(format('%I', a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                            FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                'grants', {Grants("c.relacl", 'r', "c.relowner")})::text
            FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('v', 'm') AND {NotInExtension("pg_class", "c.oid")}
            """);
        yield return (SchemaObjectKind.Sequence, $"""
            SELECT {table}, owner.tbl, jsonb_strip_nulls(jsonb_build_object(
                'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
                'minimum', s.seqmin::text, 'maximum', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle::text,
                'owned by', owner.col,
                'grants', {Grants("c.relacl", 's', "c.relowner")}))::text
            FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
            LEFT JOIN LATERAL (
                SELECT {Qualified("tn", "t.relname")} AS tbl, {Qualified("tn", "t.relname")} || '.' || format('%I', a.attname) AS col, t.oid AS toid
                FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                LIMIT 1) owner ON true
            WHERE c.relkind = 'S' AND (owner.toid IS NULL OR owner.toid::bigint <> {excluded}) AND {NotInExtension("pg_class", "c.oid")}
            """);
        yield return (SchemaObjectKind.Function, $"""
            SELECT {Qualified("n", "p.proname")} || '(' || pg_get_function_identity_arguments(p.oid) || ')', NULL, jsonb_build_object(
                'kind', CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function' ELSE 'function' END,
                'definition', CASE WHEN p.prokind = 'a' THEN p.prosrc ELSE pg_get_functiondef(p.oid) END,
                'grants', {Grants("p.proacl", 'f', "p.proowner")})::text
            FROM pg_proc p JOIN nsp n ON n.oid = p.pronamespace
            WHERE {NotInExtension("pg_proc", "p.oid")}
            """);
        yield return (SchemaObjectKind.Trigger, $"""
            SELECT {table} || '.' || format('%I', t.tgname), {table}, jsonb_build_object(
                'definition', pg_get_triggerdef(t.oid, true),
                'enabled', CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica' WHEN 'A' THEN 'always' ELSE 'origin' END)::text
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN nsp n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND c.oid::bigint <> {excluded}
            """);
        yield return (SchemaObjectKind.Type, $"""
            SELECT {Qualified("n", "t.typname")}, NULL, jsonb_strip_nulls(jsonb_build_object(
                'kind', CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite' WHEN 'r' THEN 'range' ELSE 'base' END,
                'values', CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
                'base type', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
                'nullability', CASE WHEN t.typtype = 'd' THEN CASE WHEN t.typnotnull THEN 'NOT NULL' ELSE 'NULL' END END,
                'default', t.typdefault,
                'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(format('%I', a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                                             FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END,
                'subtype', CASE WHEN t.typtype = 'r' THEN (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid) END,
                'grants', {Grants("t.typacl", 'T', "t.typowner")}))::text
            FROM pg_type t JOIN nsp n ON n.oid = t.typnamespace
            WHERE t.typtype IN ('e', 'd', 'c', 'r', 'b') AND t.typcategory <> 'A'
              AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
              AND {NotInExtension("pg_type", "t.oid")}
            """);
        yield return (SchemaObjectKind.Policy, $"""
            SELECT {table} || '.' || format('%I', p.polname), {table}, jsonb_strip_nulls(jsonb_build_object(
                'command', p.polcmd::text, 'permissive', p.polpermissive::text,
                'roles', (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END, ', ' ORDER BY r) FROM unnest(p.polroles) r),
                'using', pg_get_expr(p.polqual, p.polrelid), 'with check', pg_get_expr(p.polwithcheck, p.polrelid)))::text
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN nsp n ON n.oid = c.relnamespace
            """);
        yield return (SchemaObjectKind.Rule, $"""
            SELECT {table} || '.' || format('%I', r.rulename), {table}, jsonb_build_object('definition', pg_get_ruledef(r.oid, true))::text
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN nsp n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN'
            """);
    }
}
