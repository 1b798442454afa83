using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationLint.EfCore.Syntax;

/// <summary>
/// Finds every use of the migration builder parameter in a method body, in source order, including
/// calls inside <c>if</c> branches and loops (each branch is judged: the verdict is the worst).
/// </summary>
internal static class BuilderCalls
{
    /// <summary>Provider tests (<c>migrationBuilder.IsNpgsql()</c>) only choose a branch; both branches are read.</summary>
    private static readonly HashSet<string> ProviderTests = new(StringComparer.Ordinal)
    {
        "IsNpgsql", "IsSqlServer", "IsSqlite", "IsMySql", "IsOracle", "IsInMemory", "IsCosmos",
    };

    public static IEnumerable<BuilderCall> In(SyntaxNode body, string builder)
    {
        var coveredUntil = -1;
        foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != builder || identifier.SpanStart < coveredUntil
                || identifier.Parent is MemberAccessExpressionSyntax { Name: var name } && name == identifier)
            {
                continue;
            }

            var use = Use(identifier);
            if (use is null)
            {
                continue;
            }

            coveredUntil = use.Node.Span.End;
            yield return use;
        }
    }

    private static BuilderCall? Use(IdentifierNameSyntax identifier)
    {
        if (identifier.Parent is not MemberAccessExpressionSyntax access || access.Expression != identifier)
        {
            var statement = identifier.FirstAncestorOrSelf<StatementSyntax>() ?? (SyntaxNode)identifier;
            return new BuilderCall(null, null, null, [], statement, $"the migration builder is handed to code MigrationLint cannot follow ({Shorten(statement)})");
        }

        var member = access.Name.Identifier.ValueText;
        if (access.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != access)
        {
            return member == "ActiveProvider"
                ? null
                : new BuilderCall(null, null, null, [], access.Parent ?? access, $"migrationBuilder.{member} is used directly ({Shorten(access.Parent ?? access)})");
        }

        if (ProviderTests.Contains(member))
        {
            return null;
        }

        var typeArgument = access.Name is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count == 1
            ? generic.TypeArgumentList.Arguments[0]
            : null;
        var chain = ImmutableArray.CreateBuilder<ChainedCall>();
        SyntaxNode outermost = invocation;
        while (outermost.Parent is MemberAccessExpressionSyntax next && next.Expression == outermost
            && next.Parent is InvocationExpressionSyntax chained && chained.Expression == next)
        {
            chain.Add(new ChainedCall(next.Name.Identifier.ValueText, chained.ArgumentList));
            outermost = chained;
        }

        return new BuilderCall(member, typeArgument, invocation.ArgumentList, chain.ToImmutable(), outermost, $"migrationBuilder.{member}");
    }

    private static string Shorten(SyntaxNode node)
    {
        var text = string.Join(' ', node.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
