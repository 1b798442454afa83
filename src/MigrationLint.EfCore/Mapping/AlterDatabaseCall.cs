using System.Collections.Immutable;
using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>
/// AlterDatabase carries database-wide objects as annotations, new and old: Npgsql's extensions
/// (<c>Npgsql:PostgresExtension:vector</c>), enum types (<c>Npgsql:Enum:mood</c> = <c>"happy,sad"</c>) and
/// collations. Each difference is one operation; a setting MigrationLint does not know is reviewed.
/// </summary>
internal static class AlterDatabaseCall
{
    private const string Extension = "Npgsql:PostgresExtension:";
    private const string Enum = "Npgsql:Enum:";
    private const string Collation = "Npgsql:CollationDefinition:";

    public static IEnumerable<SchemaOperation> Map(Call call)
    {
        var operations = new List<SchemaOperation>();
        var (added, old) = (call.Annotations.New, call.Annotations.Old);
        foreach (var key in added.Keys.Union(old.Keys).Order(StringComparer.Ordinal))
        {
            var now = added.GetValueOrDefault(key);
            var before = old.GetValueOrDefault(key);
            if (now == before)
            {
                continue;
            }

            operations.AddRange(key switch
            {
                _ when key.StartsWith(Extension, StringComparison.Ordinal) => Object(call, ObjectKind.Extension, key[Extension.Length..], now, before),
                _ when key.StartsWith(Collation, StringComparison.Ordinal) => Object(call, ObjectKind.Collation, key[Collation.Length..], now, before),
                _ when key.StartsWith(Enum, StringComparison.Ordinal) => EnumType(call, Name(key[Enum.Length..]), now, before),
                _ => [new Opaque(call.Span, "AlterDatabase", $"it changes the database setting {key}, which MigrationLint does not know")],
            });
        }

        if (call.Reader.Text("collation") != call.Reader.Text("oldCollation"))
        {
            operations.Add(new Opaque(call.Span, "AlterDatabase", "it changes the database's default collation: comparisons and sorting change for the old code too"));
        }

        return operations.Count > 0 ? operations : [new NoSchemaChange(call.Span, "AlterDatabase that changes nothing")];
    }

    private static IEnumerable<SchemaOperation> Object(Call call, ObjectKind kind, string key, string? now, string? before) =>
        now is not null
            ? [new CreateObject(call.Span, kind, Name(key), false, null)]
            : [new DropObject(call.Span, kind, Name(key), null, false, false)];

    private static IEnumerable<SchemaOperation> EnumType(Call call, ObjectName type, string? now, string? before)
    {
        if (now is null)
        {
            yield return new DropObject(call.Span, ObjectKind.Type, type, null, false, false);
            yield break;
        }

        var labels = Labels(now);
        if (before is null)
        {
            yield return new CreateEnumType(call.Span, type, labels);
            yield break;
        }

        var previous = Labels(before);
        foreach (var label in labels.Except(previous))
        {
            yield return new AddEnumValue(call.Span, type, label);
        }

        if (previous.Except(labels).Any())
        {
            yield return new Opaque(call.Span, $"AlterDatabase of enum {type}", $"it removes or renames labels ({string.Join(", ", previous.Except(labels))}) that the old code may write");
        }
    }

    private static ImmutableArray<string> Labels(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static ObjectName Name(string qualified) =>
        qualified.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
            ? new ObjectName(qualified[..dot], qualified[(dot + 1)..])
            : new ObjectName(null, qualified);
}
