using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.Core.Model;

namespace MigrationLint.EfCore.Mapping;

/// <summary>
/// InsertData, UpdateData and DeleteData: seed rows, selected by key. Their overloads differ only in
/// argument types, so a schema given by position is recognised from the argument count (or, for four
/// arguments, from a string last); a schema missed only makes the judgement stricter, never laxer.
/// </summary>
internal static class DataCalls
{
    public static IEnumerable<SchemaOperation> Map(Call call, DataChangeKind kind)
    {
        yield return new DataChange(call.Span, kind, new ObjectName(Schema(call, kind), call.Name("table")), kind != DataChangeKind.Insert);
    }

    private static string? Schema(Call call, DataChangeKind kind)
    {
        if (call.Reader.Arguments.Has("schema"))
        {
            return call.Reader.Text("schema");
        }

        var positional = call.Reader.Arguments.Positional;
        var last = positional.Length > 0 ? positional[^1] : null;
        var withSchema = kind == DataChangeKind.Update
            ? positional.Length is 6 or 8
            : positional.Length == 5 || (positional.Length == 4 && last is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression));
        return withSchema && call.Context.Constants.TryString(last!, out var schema) ? schema : null;
    }
}
