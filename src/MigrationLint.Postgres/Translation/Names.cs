using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>Names in the parse tree. The parser has already folded unquoted identifiers to lower case.</summary>
internal static class Names
{
    /// <summary>A RangeVar body: <c>{"schemaname": "s", "relname": "t"}</c>.</summary>
    public static ObjectName FromRangeVar(PgNode rangeVar) =>
        new(rangeVar.Str("schemaname"), rangeVar.Str("relname") ?? string.Empty);

    /// <summary>A dotted name given as parts (<c>["s", "t"]</c>); a database prefix, if any, is dropped.</summary>
    public static ObjectName FromParts(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => new ObjectName(null, string.Empty),
        1 => new ObjectName(null, parts[0]),
        _ => new ObjectName(parts[^2], parts[^1]),
    };

    /// <summary>
    /// One entry of a DROP/COMMENT object list: a list of names, a String (schema, extension), a
    /// TypeName, or an ObjectWithArgs (functions).
    /// </summary>
    public static ObjectName FromObject(PgNode wrapper)
    {
        var (type, body) = wrapper.Node();
        return type switch
        {
            "List" => FromParts(body.Strings("items")),
            "String" => new ObjectName(null, body.Str("sval") ?? string.Empty),
            "TypeName" => FromParts(body.Strings("names")),
            "ObjectWithArgs" => FromParts(body.Strings("objname")),
            _ => new ObjectName(null, string.Empty),
        };
    }

    /// <summary>For triggers, policies and rules the object list is [table parts…, name].</summary>
    public static (ObjectName Name, ObjectName? Table) FromTableScopedObject(PgNode wrapper)
    {
        var parts = wrapper.As("List") is { } list ? list.Strings("items") : [];
        if (parts.Count < 2)
        {
            return (FromObject(wrapper), null);
        }

        var table = FromParts(parts[..^1]);
        return (new ObjectName(table.Schema, parts[^1]), table);
    }
}
