namespace MigrationLint.Core.Model;

/// <summary>The kinds of database objects the model distinguishes.</summary>
public enum ObjectKind
{
    Schema,
    Table,
    Column,
    View,
    MaterializedView,
    Index,
    Constraint,
    Sequence,
    Function,
    Procedure,
    Aggregate,
    Trigger,
    Type,
    Domain,
    EnumValue,
    Extension,
    Policy,
    Rule,
    ForeignTable,
    Collation,
    Operator,
    Role,
    Other,
}

public static class ObjectKindText
{
    /// <summary>The words a person would use for the kind, for messages.</summary>
    public static string Describe(this ObjectKind kind) => kind switch
    {
        ObjectKind.MaterializedView => "materialized view",
        ObjectKind.EnumValue => "enum value",
        ObjectKind.ForeignTable => "foreign table",
        ObjectKind.Other => "object",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
