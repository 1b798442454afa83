using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.Core.Model;
using MigrationLint.EfCore.Syntax;

namespace MigrationLint.EfCore.Mapping;

/// <summary>
/// CreateTable: the columns from the anonymous object its <c>columns</c> lambda builds (the property
/// name is the column name unless <c>name:</c> says otherwise), the constraints from the statements
/// of its <c>constraints</c> lambda, whose column lambdas name those properties.
/// </summary>
internal static class CreateTableCall
{
    public static IEnumerable<SchemaOperation> Map(Call call)
    {
        var table = call.Qualified();
        var columns = Columns(call);
        var constraints = Constraints(call, table, columns.ToDictionary(c => c.Property, c => c.Column.Name, StringComparer.Ordinal));
        yield return new CreateTable(call.Span, table, [.. columns.Select(c => c.Column)], constraints, false);
    }

    private static List<(string Property, ColumnDefinition Column)> Columns(Call call)
    {
        var result = new List<(string, ColumnDefinition)>();
        if (Body(call.Reader.Arguments["columns"]) is not AnonymousObjectCreationExpressionSyntax anonymous)
        {
            call.Reader.RunTime.Add("columns");
            return result;
        }

        foreach (var member in anonymous.Initializers)
        {
            var (inner, annotations) = Annotations.Unchain(member.Expression, call.Context.Constants);
            var property = member.NameEquals?.Name.Identifier.ValueText;
            if (property is null || inner is not { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Column" } column } })
            {
                call.Reader.RunTime.Add("columns");
                continue;
            }

            var reader = call.Context.Read(inner.ArgumentList, Signatures.OfTable("Column"));
            var clrType = column.TypeArgumentList.Arguments is [var type] ? type : null;
            var definition = ColumnDefinitions.Read(reader.Text("name") ?? property, clrType, reader, annotations, call.Context);
            call.Reader.RunTime.AddRange(reader.RunTime);
            result.Add((property, definition));
        }

        return result;
    }

    private static ImmutableArray<ConstraintDefinition> Constraints(Call call, ObjectName table, Dictionary<string, string> columnOfProperty)
    {
        var constraints = ImmutableArray.CreateBuilder<ConstraintDefinition>();
        foreach (var invocation in Invocations(call.Reader.Arguments["constraints"] as LambdaExpressionSyntax))
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                continue;
            }

            var method = access.Name.Identifier.ValueText;
            var reader = call.Context.Read(invocation.ArgumentList, Signatures.OfTable(method));
            var name = reader.Text("name");
            var columns = PropertyNames(reader.Arguments["columns"]).Select(p => columnOfProperty.GetValueOrDefault(p, p)).ToImmutableArray();
            ConstraintDefinition? constraint = method switch
            {
                "PrimaryKey" => new(name, ConstraintKind.PrimaryKey, columns, null),
                "UniqueConstraint" => new(name, ConstraintKind.Unique, columns, null),
                "CheckConstraint" => new(name, ConstraintKind.Check, [], null),
                "ForeignKey" => new(name, ConstraintKind.ForeignKey, columns, new ObjectName(reader.Text("principalSchema"), reader.Text("principalTable") ?? "?")),
                _ => null,
            };
            if (constraint is not null)
            {
                constraints.Add(constraint);
            }
        }

        return constraints.ToImmutable();
    }

    /// <summary>The properties a column lambda names: <c>x =&gt; x.Id</c>, <c>x =&gt; new { x.A, x.B }</c>.</summary>
    private static IEnumerable<string> PropertyNames(ExpressionSyntax? lambda) => Body(lambda) switch
    {
        MemberAccessExpressionSyntax member => [member.Name.Identifier.ValueText],
        AnonymousObjectCreationExpressionSyntax anonymous => anonymous.Initializers.Select(i =>
            i.NameEquals?.Name.Identifier.ValueText ?? (i.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText ?? "?"),
        _ => [],
    };

    private static ExpressionSyntax? Body(ExpressionSyntax? expression) => expression switch
    {
        LambdaExpressionSyntax { ExpressionBody: { } body } => Unparenthesise(body),
        _ => null,
    };

    private static ExpressionSyntax Unparenthesise(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesise(parenthesized.Expression) : expression;

    /// <summary>The calls a constraints lambda makes, whether written as a block or as one expression.</summary>
    private static IEnumerable<InvocationExpressionSyntax> Invocations(LambdaExpressionSyntax? lambda) =>
        lambda?.ExpressionBody is InvocationExpressionSyntax single
            ? [Innermost(single)]
            : lambda?.Block?.Statements.OfType<ExpressionStatementSyntax>().Select(s => s.Expression).OfType<InvocationExpressionSyntax>()
                .Select(Innermost) ?? [];

    /// <summary>table.ForeignKey(…).Annotation(…) is still the ForeignKey call.</summary>
    private static InvocationExpressionSyntax Innermost(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner, Name.Identifier.ValueText: "Annotation" or "OldAnnotation" }
            ? Innermost(inner)
            : invocation;
}
