namespace MigrationLint.Core.Model;

/// <summary>
/// A schema-qualified name as the migration wrote it, already normalised by the dialect's front end
/// (PostgreSQL folds unquoted identifiers to lower case). A null schema means the default schema;
/// the catalog resolves it, so "t" and "public.t" meet there, not here.
/// </summary>
public sealed record ObjectName(string? Schema, string Name)
{
    public static ObjectName Unqualified(string name) => new(null, name);

    public override string ToString() => Schema is null ? Name : $"{Schema}.{Name}";
}
