using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationLint.EfCore.Syntax;

/// <summary>
/// The provider annotations chained onto a call: <c>.Annotation(name, value)</c> for the new state,
/// <c>.OldAnnotation(name, value)</c> for the old. A value is its constant string, else its source
/// (<c>NpgsqlValueGenerationStrategy.IdentityByDefaultColumn</c>).
/// </summary>
internal sealed record Annotations(ImmutableDictionary<string, string> New, ImmutableDictionary<string, string> Old)
{
    public static readonly Annotations None = new(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);

    public static Annotations Of(IEnumerable<ChainedCall> chain, Constants constants)
    {
        var added = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var old = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var call in chain)
        {
            if (call.Method is not ("Annotation" or "OldAnnotation") || call.Arguments.Arguments is not [var name, var value]
                || !constants.TryString(name.Expression, out var key) || key is null)
            {
                continue;
            }

            var text = constants.TryString(value.Expression, out var constant) ? constant ?? "null" : Constants.Source(value.Expression);
            (call.Method == "Annotation" ? added : old)[key] = text;
        }

        return new Annotations(added.ToImmutable(), old.ToImmutable());
    }

    /// <summary>Annotations on <c>x.Column&lt;T&gt;(…).Annotation(…)</c>, read from the outside in.</summary>
    public static (InvocationExpressionSyntax? Inner, Annotations Annotations) Unchain(ExpressionSyntax expression, Constants constants)
    {
        var chain = new List<ChainedCall>();
        while (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
            && access.Name.Identifier.ValueText is "Annotation" or "OldAnnotation")
        {
            chain.Add(new ChainedCall(access.Name.Identifier.ValueText, invocation.ArgumentList));
            expression = access.Expression;
        }

        return (expression as InvocationExpressionSyntax, Of(chain, constants));
    }

    /// <summary>How values are generated for the column: identity, serial (a sequence default) or none.</summary>
    public static ValueGeneration Generation(ImmutableDictionary<string, string> annotations)
    {
        foreach (var (key, value) in annotations)
        {
            switch (key)
            {
                case "Npgsql:ValueGenerationStrategy" when value.Contains("Identity", StringComparison.Ordinal):
                case "SqlServer:Identity":
                case "Sqlite:Autoincrement" when value == "true":
                case "MySql:ValueGenerationStrategy" when value.Contains("Identity", StringComparison.Ordinal):
                    return ValueGeneration.Identity;
                case "Npgsql:ValueGenerationStrategy" when value.Contains("Serial", StringComparison.Ordinal):
                    return ValueGeneration.Serial;
            }
        }

        return ValueGeneration.None;
    }
}

internal enum ValueGeneration
{
    None,
    Identity,
    Serial,
}
