using System.Collections.Immutable;

namespace MigrationLint.Verify.Schema;

/// <summary>The schema of a database at one moment, object by object, keyed by kind and name.</summary>
public sealed class SchemaSnapshot(ImmutableDictionary<(SchemaObjectKind Kind, string Name), SchemaObject> objects)
{
    public static readonly SchemaSnapshot Empty = new(ImmutableDictionary<(SchemaObjectKind, string), SchemaObject>.Empty);

    public ImmutableDictionary<(SchemaObjectKind Kind, string Name), SchemaObject> Objects { get; } = objects;

    public IEnumerable<SchemaObject> OfKind(SchemaObjectKind kind) => Objects.Values.Where(o => o.Kind == kind).OrderBy(o => o.Name, StringComparer.Ordinal);

    public SchemaObject? Find(SchemaObjectKind kind, string name) => Objects.GetValueOrDefault((kind, name));
}
