using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

/// <summary>The object an operation touches, so the engine can ask whether the old code ever knew it.</summary>
public sealed record ObjectRef(ObjectKind Kind, ObjectName Name, ObjectName? Table, string? Column)
{
    public static ObjectRef ForTable(ObjectName table) => new(ObjectKind.Table, table, null, null);

    public static ObjectRef ForColumn(ObjectName table, string column) => new(ObjectKind.Column, table, table, column);

    public static ObjectRef ForConstraint(ObjectName table, string constraint) =>
        new(ObjectKind.Constraint, new ObjectName(table.Schema, constraint), table, null);

    public static ObjectRef ForIndex(ObjectName index) => new(ObjectKind.Index, index, null, null);

    public static ObjectRef For(ObjectKind kind, ObjectName name, ObjectName? table = null) => new(kind, name, table, null);

    public static ObjectRef ForEnum(ObjectName type) => new(ObjectKind.Type, type, null, null);
}
