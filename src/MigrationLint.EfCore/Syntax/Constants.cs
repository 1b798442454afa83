using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.EfCore.Strings;

namespace MigrationLint.EfCore.Syntax;

/// <summary>
/// The value of an argument when the source states it as a constant; what is computed at run time is
/// not read. Holds the text of the file the syntax came from, where string literals are decoded.
/// </summary>
internal sealed class Constants(string fileText)
{
    public static bool IsNull(ExpressionSyntax expression) =>
        Unwrap(expression) is LiteralExpressionSyntax literal
        && (literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression));

    /// <summary>A constant string, <c>nameof(X)</c> included; false when the value is computed at run time.</summary>
    public bool TryString(ExpressionSyntax expression, out string? value)
    {
        value = null;
        if (IsNull(expression))
        {
            return true;
        }

        if (Unwrap(expression) is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
            && nameOf.ArgumentList.Arguments is [var argument])
        {
            value = argument.Expression is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : argument.Expression.ToString();
            return true;
        }

        value = ConstantStrings.Read(expression, fileText)?.Text;
        return value is not null;
    }

    public static bool? Bool(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) => true,
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression) => false,
        _ => null,
    };

    public static long? Integer(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        LiteralExpressionSyntax { Token.Value: var value } literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) && value is not (double or float or decimal) =>
            Convert.ToInt64(value, CultureInfo.InvariantCulture),
        PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression) => -Integer(unary.Operand),
        _ => null,
    };

    /// <summary>One name or an array of names (<c>"a"</c>, <c>new[] { "a", "b" }</c>, <c>["a", "b"]</c>); null when not constant.</summary>
    public ImmutableArray<string>? Strings(ExpressionSyntax expression)
    {
        var elements = Unwrap(expression) switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions.ToList(),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ToList(),
            CollectionExpressionSyntax collection => Elements(collection),
            _ => null,
        };
        if (elements is null)
        {
            return TryString(expression, out var single) && single is not null ? [single] : null;
        }

        var values = ImmutableArray.CreateBuilder<string>();
        foreach (var element in elements)
        {
            if (!TryString(element, out var value) || value is null)
            {
                return null;
            }

            values.Add(value);
        }

        return values.ToImmutable();
    }

    /// <summary>The type named by <c>typeof(T)</c>.</summary>
    public static TypeSyntax? TypeOf(ExpressionSyntax expression) =>
        Unwrap(expression) is TypeOfExpressionSyntax typeOf ? typeOf.Type : null;

    /// <summary>The source of a value for messages, on one line.</summary>
    public static string Source(ExpressionSyntax expression)
    {
        var text = string.Join(' ', expression.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    private static List<ExpressionSyntax>? Elements(CollectionExpressionSyntax collection) =>
        collection.Elements.All(e => e is ExpressionElementSyntax)
            ? [.. collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression)]
            : null;

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => Unwrap(parenthesized.Expression),
        CastExpressionSyntax cast => Unwrap(cast.Expression),
        PostfixUnaryExpressionSyntax suppress when suppress.IsKind(SyntaxKind.SuppressNullableWarningExpression) => Unwrap(suppress.Operand),
        _ => expression,
    };
}
