using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>The Add and Drop calls for foreign keys, primary keys, unique and check constraints. Drops say their kind.</summary>
internal static class ConstraintCalls
{
    public static IEnumerable<SchemaOperation> Add(Call call, ConstraintKind kind)
    {
        var referenced = kind == ConstraintKind.ForeignKey ? new ObjectName(call.Reader.Text("principalSchema"), call.Name("principalTable")) : null;
        var columns = kind == ConstraintKind.Check ? [] : call.Reader.Names("columns");
        yield return new AddConstraint(call.Span, call.Table, new ConstraintDefinition(call.Name(), kind, columns, referenced), false);
    }

    public static IEnumerable<SchemaOperation> Drop(Call call, ConstraintKind kind)
    {
        yield return new DropConstraint(call.Span, call.Table, call.Name(), false, false) { StatedKind = kind };
    }
}
