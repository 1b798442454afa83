using System.Collections.Immutable;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Core.Catalog;

/// <summary>
/// A name as the catalog compares it: default schema resolved, case folded where the dialect ignores
/// case. Its hash is computed once: every look-up of the catalog hashes a key, and a replay does
/// several per statement.
/// </summary>
public readonly record struct CatalogKey
{
    private readonly int _hash;

    public CatalogKey(string schema, string name)
    {
        Schema = schema;
        Name = name;
        _hash = HashCode.Combine(schema?.GetHashCode(StringComparison.Ordinal) ?? 0, name?.GetHashCode(StringComparison.Ordinal) ?? 0);
    }

    public string Schema { get; }

    public string Name { get; }

    public bool Equals(CatalogKey other) =>
        _hash == other._hash && string.Equals(Schema, other.Schema, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override int GetHashCode() => _hash;

    public void Deconstruct(out string schema, out string name) => (schema, name) = (Schema, Name);
}

/// <summary>
/// The schema as the replayed migrations leave it. Immutable: <see cref="Apply"/> returns a new
/// catalog, so a rule always sees the state just before the operation it judges, and a later
/// analysis can keep a snapshot and compare (up then down must come back to it).
/// </summary>
public sealed class SchemaCatalog
{
    internal static readonly ObjectKind[] RelationKinds =
        [ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.Sequence, ObjectKind.ForeignTable];

    private SchemaCatalog(
        SqlDialect dialect,
        PersistentDictionary<CatalogKey, TableState> tables,
        PersistentDictionary<CatalogKey, CatalogKey> indexOwners,
        PersistentDictionary<(ObjectKind Kind, CatalogKey Key), ObjectState> objects,
        PersistentDictionary<CatalogKey, EnumState> enums)
    {
        Dialect = dialect;
        Tables = tables;
        IndexOwners = indexOwners;
        Objects = objects;
        Enums = enums;
    }

    public SqlDialect Dialect { get; }

    public PersistentDictionary<CatalogKey, TableState> Tables { get; }

    /// <summary>Which table each index belongs to (the index itself is kept on its table).</summary>
    public PersistentDictionary<CatalogKey, CatalogKey> IndexOwners { get; }

    /// <summary>Views, functions, sequences, types, schemas and the other objects not attached to a table.</summary>
    public PersistentDictionary<(ObjectKind Kind, CatalogKey Key), ObjectState> Objects { get; }

    public PersistentDictionary<CatalogKey, EnumState> Enums { get; }

    public static SchemaCatalog Empty(SqlDialect dialect) => new(
        dialect,
        PersistentDictionary<CatalogKey, TableState>.Empty,
        PersistentDictionary<CatalogKey, CatalogKey>.Empty,
        PersistentDictionary<(ObjectKind, CatalogKey), ObjectState>.Empty,
        PersistentDictionary<CatalogKey, EnumState>.Empty);

    public CatalogKey KeyOf(ObjectName name) =>
        new(Dialect.Key(name.Schema ?? Dialect.DefaultSchema), Dialect.Key(name.Name));

    public bool SameIdentifier(string left, string right) =>
        string.Equals(left, right, Dialect.CaseInsensitiveNames ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    public TableState? FindTable(ObjectName table) => Tables.GetValueOrDefault(KeyOf(table));

    public ColumnState? FindColumn(ObjectName table, string column) =>
        FindTable(table)?.Columns.FirstOrDefault(c => SameIdentifier(c.Name, column));

    public ConstraintState? FindConstraint(ObjectName table, string constraint) =>
        FindTable(table)?.Constraints.FirstOrDefault(c => SameIdentifier(c.Name, constraint));

    public IndexState? FindIndex(ObjectName index)
    {
        var key = KeyOf(index);
        return IndexOwners.TryGetValue(key, out var owner) && Tables.TryGetValue(owner, out var table)
            ? table.Indexes.FirstOrDefault(i => KeyOf(i.Name) == key)
            : null;
    }

    public ObjectState? FindObject(ObjectKind kind, ObjectName name, ObjectName? table = null)
    {
        if (IsAttached(kind))
        {
            return table is null
                ? FindAttachedOwner(kind, name)?.Attached.FirstOrDefault(o => o.Kind == kind && SameIdentifier(o.Name.Name, name.Name))
                : FindTable(table)?.Attached.FirstOrDefault(o => o.Kind == kind && SameIdentifier(o.Name.Name, name.Name));
        }

        return Objects.GetValueOrDefault((kind, ObjectKeyOf(kind, name)));
    }

    public EnumState? FindEnum(ObjectName type) => Enums.GetValueOrDefault(KeyOf(type));

    /// <summary>
    /// The table a trigger, policy or rule hangs on, found by the object's name alone: SQL Server's
    /// DROP TRIGGER names no table (its triggers are named per schema, not per table).
    /// </summary>
    public TableState? FindAttachedOwner(ObjectKind kind, ObjectName name)
    {
        var schema = Dialect.Key(name.Schema ?? Dialect.DefaultSchema);
        return Tables.Values.FirstOrDefault(t => KeyOf(t.Name).Schema == schema
            && t.Attached.Any(o => o.Kind == kind && SameIdentifier(o.Name.Name, name.Name)));
    }

    /// <summary>
    /// The table of a constraint found by the constraint's name alone: SQL Server names constraints
    /// per schema, and sp_rename names one without its table.
    /// </summary>
    public TableState? FindConstraintOwner(ObjectName constraint)
    {
        var schema = Dialect.Key(constraint.Schema ?? Dialect.DefaultSchema);
        return Tables.Values.FirstOrDefault(t => KeyOf(t.Name).Schema == schema
            && t.Constraints.Any(c => SameIdentifier(c.Name, constraint.Name)));
    }

    /// <summary>
    /// What a schema-qualified name denotes when the statement does not say (SQL Server's sp_rename
    /// without an object type): a relation, else a routine, a constraint or a trigger; null when the
    /// catalog has never heard of it.
    /// </summary>
    public ObjectKind? KindOfName(ObjectName name)
    {
        if (RelationKindOf(name) is { } relation)
        {
            return relation;
        }

        foreach (var kind in (ObjectKind[])[ObjectKind.Procedure, ObjectKind.Function, ObjectKind.Type, ObjectKind.Other])
        {
            if (FindObject(kind, name) is not null)
            {
                return kind;
            }
        }

        if (FindConstraintOwner(name) is not null)
        {
            return ObjectKind.Constraint;
        }

        return FindAttachedOwner(ObjectKind.Trigger, name) is not null ? ObjectKind.Trigger : null;
    }

    /// <summary>
    /// What kind of relation a name denotes (ALTER TABLE and RENAME accept views, sequences and
    /// indexes too), or null when the catalog has never heard of it.
    /// </summary>
    public ObjectKind? RelationKindOf(ObjectName name)
    {
        if (FindTable(name) is { IsComplete: true })
        {
            return ObjectKind.Table;
        }

        foreach (var kind in RelationKinds)
        {
            if (FindObject(kind, name) is not null)
            {
                return kind;
            }
        }

        if (FindIndex(name) is not null)
        {
            return ObjectKind.Index;
        }

        return FindTable(name) is null ? null : ObjectKind.Table;
    }

    /// <summary>
    /// Where the target (or the table it lives on) came from; the first origin inside the window
    /// wins, because an object whose table is new is just as unknown to the old code.
    /// </summary>
    public Provenance? OriginOf(ObjectRef target)
    {
        var own = OwnOriginOf(target);
        if (own is { InWindow: true })
        {
            return own;
        }

        if (target.Table is not null && FindTable(target.Table) is { } table && table.Origin.InWindow)
        {
            return table.Origin;
        }

        return own;
    }

    private Provenance? OwnOriginOf(ObjectRef target) => target.Kind switch
    {
        ObjectKind.Column => FindColumn(target.Table ?? target.Name, target.Column!)?.Origin,
        ObjectKind.Constraint => FindConstraint(target.Table!, target.Name.Name)?.Origin,
        ObjectKind.Index => FindIndex(target.Name)?.Origin,
        ObjectKind.Table => FindTable(target.Name)?.Origin ?? RelationOrigin(target.Name),
        ObjectKind.Type => FindEnum(target.Name)?.Origin ?? FindObject(ObjectKind.Type, target.Name)?.Origin,
        _ => FindObject(target.Kind, target.Name, target.Table)?.Origin,
    };

    private Provenance? RelationOrigin(ObjectName name) =>
        RelationKinds.Select(kind => FindObject(kind, name)?.Origin).FirstOrDefault(origin => origin is not null);

    /// <summary>Triggers, policies and rules are named per table and kept on it.</summary>
    internal static bool IsAttached(ObjectKind kind) => kind is ObjectKind.Trigger or ObjectKind.Policy or ObjectKind.Rule;

    /// <summary>Schemas, extensions and roles are global; everything else lives in a schema.</summary>
    internal CatalogKey ObjectKeyOf(ObjectKind kind, ObjectName name) =>
        kind is ObjectKind.Schema or ObjectKind.Extension or ObjectKind.Role
            ? new CatalogKey(string.Empty, Dialect.Key(name.Name))
            : KeyOf(name);

    internal SchemaCatalog With(
        PersistentDictionary<CatalogKey, TableState>? tables = null,
        PersistentDictionary<CatalogKey, CatalogKey>? indexOwners = null,
        PersistentDictionary<(ObjectKind Kind, CatalogKey Key), ObjectState>? objects = null,
        PersistentDictionary<CatalogKey, EnumState>? enums = null) =>
        new(Dialect, tables ?? Tables, indexOwners ?? IndexOwners, objects ?? Objects, enums ?? Enums);

    /// <summary>The catalog after <paramref name="operation"/>, with new objects attributed to <paramref name="origin"/>.</summary>
    public SchemaCatalog Apply(SchemaOperation operation, Provenance origin) => CatalogReplay.Apply(this, operation, origin);
}
