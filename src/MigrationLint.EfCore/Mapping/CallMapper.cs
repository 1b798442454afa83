using MigrationLint.Core.Analysis;
using MigrationLint.Core.Model;
using MigrationLint.EfCore.Syntax;

namespace MigrationLint.EfCore.Mapping;

/// <summary>
/// Maps each use of the migration builder to the model, at the call's span. A call it does not know,
/// a builder handed to other code, or a call whose names are computed at run time is an
/// <see cref="Opaque"/> operation (review): nothing is ignored.
/// </summary>
internal static class CallMapper
{
    public static IEnumerable<ParsedStatement> Map(BuilderCall syntax, MappingContext context)
    {
        var span = context.SpanOf(syntax.Node);
        if (syntax.Method is null)
        {
            return One(span, new Opaque(span, "migrationBuilder", syntax.Description));
        }

        if (Signatures.OfBuilder(syntax.Method) is not { } parameters)
        {
            return One(span, new Opaque(span, syntax.Description, "MigrationLint does not know what this call does"));
        }

        var call = new Call(syntax, context.Read(syntax.Arguments, parameters), span, context);
        if (syntax.Method == "Sql")
        {
            return SqlCall.Map(call);
        }

        var operations = Operations(call).ToList();
        if (call.Reader.RunTime.Count > 0)
        {
            var which = string.Join(", ", call.Reader.RunTime.Distinct());
            return One(span, new Opaque(span, syntax.Description, $"its {which} {(call.Reader.RunTime.Distinct().Count() == 1 ? "argument is" : "arguments are")} computed at run time"));
        }

        return [new ParsedStatement(span, [.. operations])];
    }

    private static IEnumerable<SchemaOperation> Operations(Call call) => call.Syntax.Method switch
    {
        "AddColumn" => ColumnCalls.AddColumn(call),
        "DropColumn" => ColumnCalls.DropColumn(call),
        "RenameColumn" => ColumnCalls.RenameColumn(call),
        "AlterColumn" => AlterColumnCall.Map(call),
        "CreateTable" => CreateTableCall.Map(call),
        "DropTable" => TableCalls.DropTable(call),
        "RenameTable" => TableCalls.RenameTable(call),
        "AlterTable" => TableCalls.AlterTable(call),
        "CreateIndex" => IndexCalls.CreateIndex(call),
        "DropIndex" => IndexCalls.DropIndex(call),
        "RenameIndex" => IndexCalls.RenameIndex(call),
        "AddForeignKey" => ConstraintCalls.Add(call, ConstraintKind.ForeignKey),
        "AddPrimaryKey" => ConstraintCalls.Add(call, ConstraintKind.PrimaryKey),
        "AddUniqueConstraint" => ConstraintCalls.Add(call, ConstraintKind.Unique),
        "AddCheckConstraint" or "CreateCheckConstraint" => ConstraintCalls.Add(call, ConstraintKind.Check),
        "DropForeignKey" => ConstraintCalls.Drop(call, ConstraintKind.ForeignKey),
        "DropPrimaryKey" => ConstraintCalls.Drop(call, ConstraintKind.PrimaryKey),
        "DropUniqueConstraint" => ConstraintCalls.Drop(call, ConstraintKind.Unique),
        "DropCheckConstraint" => ConstraintCalls.Drop(call, ConstraintKind.Check),
        "EnsureSchema" => SchemaObjectCalls.EnsureSchema(call),
        "DropSchema" => SchemaObjectCalls.DropSchema(call),
        "CreateSequence" => SchemaObjectCalls.CreateSequence(call),
        "DropSequence" => SchemaObjectCalls.DropSequence(call),
        "AlterSequence" => SchemaObjectCalls.AlterSequence(call, "sequence options"),
        "RestartSequence" => SchemaObjectCalls.AlterSequence(call, "RESTART"),
        "RenameSequence" => SchemaObjectCalls.RenameSequence(call),
        "AlterDatabase" => AlterDatabaseCall.Map(call),
        "InsertData" => DataCalls.Map(call, DataChangeKind.Insert),
        "UpdateData" => DataCalls.Map(call, DataChangeKind.Update),
        "DeleteData" => DataCalls.Map(call, DataChangeKind.Delete),
        _ => [new Opaque(call.Span, call.Syntax.Description, "MigrationLint does not know what this call does")],
    };

    private static ParsedStatement[] One(SourceSpan span, SchemaOperation operation) => [new ParsedStatement(span, [operation])];
}
