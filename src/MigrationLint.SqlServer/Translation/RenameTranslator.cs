using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// sp_rename, SQL Server's only way to rename: <c>@objname</c> names the object in a string
/// (<c>'dbo.orders.total'</c>, brackets allowed), <c>@newname</c> is the bare new name, taken
/// literally as SQL Server does, and <c>@objtype</c> says what it is. Without a type the name is an
/// object in a schema (table, view, procedure, constraint…: the catalog tells which), or with three
/// parts a column, the order sp_rename itself tries.
/// </summary>
internal static class RenameTranslator
{
    private static readonly string[] Parameters = ["objname", "newname", "objtype"];

    public static SchemaOperation Translate(SourceSpan span, Arguments arguments)
    {
        if (Parameters.Any(arguments.IsComputed))
        {
            return new DynamicSql(span, "sp_rename with names computed at run time");
        }

        var objectName = arguments.Text("objname");
        var newName = arguments.Text("newname");
        var type = arguments.Text("objtype")?.Trim().ToUpperInvariant();
        if (objectName is null || newName is null || Names.SplitMultipart(objectName) is not { } parts)
        {
            return new Opaque(span, "sp_rename", "the object or the new name is missing or not a name");
        }

        return type switch
        {
            "COLUMN" when parts.Count >= 2 => new RenameColumn(span, TableOf(parts), parts[^1], newName),
            "INDEX" when parts.Count >= 2 => new RenameObject(span, ObjectKind.Index, new ObjectName(SchemaOf(parts, 3), parts[^1]), newName, TableOf(parts)),
            "STATISTICS" when parts.Count >= 2 => new ChangeTableProperty(span, TableOf(parts), TablePropertyKind.Storage, $"renames statistics {parts[^1]}"),
            null or "" when parts.Count >= 3 => new RenameColumn(span, TableOf(parts), parts[^1], newName),
            null or "" or "OBJECT" => new RenameTable(span, new ObjectName(SchemaOf(parts, 2), parts[^1]), newName),
            "USERDATATYPE" => new RenameObject(span, ObjectKind.Type, new ObjectName(SchemaOf(parts, 2), parts[^1]), newName, null),
            "DATABASE" => new RenameObject(span, ObjectKind.Other, new ObjectName(null, parts[^1]), newName, null),
            _ => new Opaque(span, "sp_rename", $"renaming a {type} is not modelled"),
        };
    }

    /// <summary>The table of <c>[schema.]table.child</c>.</summary>
    private static ObjectName TableOf(List<string> parts) => new(SchemaOf(parts, 3), parts[^2]);

    /// <summary>The schema part of a name whose full form has <paramref name="partsWithSchema"/> parts, if written.</summary>
    private static string? SchemaOf(List<string> parts, int partsWithSchema) =>
        parts.Count >= partsWithSchema ? parts[parts.Count - partsWithSchema] : null;
}
