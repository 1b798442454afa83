using MigrationLint.Core.Model;

namespace MigrationLint.Postgres.Translation;

/// <summary>PostgreSQL's ObjectType names (<c>OBJECT_MATVIEW</c>) as model kinds.</summary>
internal static class ObjectKinds
{
    public static ObjectKind From(string? objectType) => objectType switch
    {
        "OBJECT_TABLE" => ObjectKind.Table,
        "OBJECT_COLUMN" or "OBJECT_ATTRIBUTE" => ObjectKind.Column,
        "OBJECT_VIEW" => ObjectKind.View,
        "OBJECT_MATVIEW" => ObjectKind.MaterializedView,
        "OBJECT_INDEX" => ObjectKind.Index,
        "OBJECT_TABCONSTRAINT" or "OBJECT_DOMCONSTRAINT" => ObjectKind.Constraint,
        "OBJECT_SEQUENCE" => ObjectKind.Sequence,
        "OBJECT_FUNCTION" => ObjectKind.Function,
        "OBJECT_PROCEDURE" or "OBJECT_ROUTINE" => ObjectKind.Procedure,
        "OBJECT_AGGREGATE" => ObjectKind.Aggregate,
        "OBJECT_TRIGGER" or "OBJECT_EVENT_TRIGGER" => ObjectKind.Trigger,
        "OBJECT_TYPE" => ObjectKind.Type,
        "OBJECT_DOMAIN" => ObjectKind.Domain,
        "OBJECT_SCHEMA" => ObjectKind.Schema,
        "OBJECT_EXTENSION" => ObjectKind.Extension,
        "OBJECT_POLICY" => ObjectKind.Policy,
        "OBJECT_RULE" => ObjectKind.Rule,
        "OBJECT_FOREIGN_TABLE" => ObjectKind.ForeignTable,
        "OBJECT_COLLATION" => ObjectKind.Collation,
        "OBJECT_OPERATOR" => ObjectKind.Operator,
        "OBJECT_ROLE" => ObjectKind.Role,
        _ => ObjectKind.Other,
    };

    /// <summary>Kinds whose objects are named per table, with the table in the statement.</summary>
    public static bool IsTableScoped(ObjectKind kind) => kind is ObjectKind.Trigger or ObjectKind.Policy or ObjectKind.Rule;
}
