using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>Schemas and sequences.</summary>
internal static class SchemaObjectCalls
{
    public static IEnumerable<SchemaOperation> EnsureSchema(Call call)
    {
        yield return new CreateObject(call.Span, ObjectKind.Schema, new ObjectName(null, call.Name()), false, null);
    }

    public static IEnumerable<SchemaOperation> DropSchema(Call call)
    {
        yield return new DropObject(call.Span, ObjectKind.Schema, new ObjectName(null, call.Name()), null, false, false);
    }

    public static IEnumerable<SchemaOperation> CreateSequence(Call call)
    {
        yield return new CreateObject(call.Span, ObjectKind.Sequence, call.Qualified(), false, null);
    }

    public static IEnumerable<SchemaOperation> DropSequence(Call call)
    {
        yield return new DropObject(call.Span, ObjectKind.Sequence, call.Qualified(), null, false, false);
    }

    /// <summary>AlterSequence and RestartSequence, like ALTER SEQUENCE in SQL.</summary>
    public static IEnumerable<SchemaOperation> AlterSequence(Call call, string change)
    {
        yield return new AlterObject(call.Span, ObjectKind.Sequence, call.Qualified(), change);
    }

    public static IEnumerable<SchemaOperation> RenameSequence(Call call)
    {
        var sequence = call.Qualified();
        var newName = call.Reader.Text("newName");
        var newSchema = call.Reader.Text("newSchema");
        var renamed = newName is not null && newName != sequence.Name;
        if (renamed)
        {
            yield return new RenameObject(call.Span, ObjectKind.Sequence, sequence, newName!, null);
        }

        if (newSchema is not null && newSchema != sequence.Schema)
        {
            yield return new MoveToSchema(call.Span, ObjectKind.Sequence, renamed ? sequence with { Name = newName! } : sequence, newSchema);
        }
        else if (!renamed)
        {
            yield return new NoSchemaChange(call.Span, $"RenameSequence of {sequence} to its own name");
        }
    }
}
