using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationLint.EfCore.Strings;

/// <summary>
/// Reads constant string expressions as C# evaluates them, keeping where each character came from:
/// regular literals with escapes, verbatim <c>@"…"</c> with <c>""</c>, raw <c>"""…"""</c> with their
/// indentation removed, interpolated strings without holes, and <c>+</c> of any of these. Anything
/// else (a variable, a call, an interpolation hole) is built at run time: null.
/// </summary>
internal static class ConstantStrings
{
    public static EmbeddedString? Read(ExpressionSyntax expression, string fileText) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => Read(parenthesized.Expression, fileText),
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => Literal(literal.Token, fileText),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) =>
            Read(binary.Left, fileText) is { } left && Read(binary.Right, fileText) is { } right ? left.Concat(right) : null,
        InterpolatedStringExpressionSyntax interpolated => Interpolated(interpolated, fileText),
        _ => null,
    };

    private static EmbeddedString Literal(SyntaxToken token, string fileText)
    {
        var start = token.SpanStart;
        var end = token.Span.End;
        var decoded = token.Kind() switch
        {
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken => Raw(fileText, start, end),
            _ when fileText[start] == '@' => Escaped(fileText, start + 2, end - 1, verbatim: true, braces: false),
            _ => Escaped(fileText, start + 1, end - 1, verbatim: false, braces: false),
        };
        return Checked(decoded, token.ValueText, start, end);
    }

    private static EmbeddedString? Interpolated(InterpolatedStringExpressionSyntax interpolated, string fileText)
    {
        if (interpolated.Contents.Any(c => c is InterpolationSyntax))
        {
            return null;
        }

        var expected = string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
        var start = interpolated.SpanStart;
        var end = interpolated.Span.End;
        var opening = interpolated.StringStartToken.Text;
        var raw = opening.Contains("\"\"\"", StringComparison.Ordinal);
        if (!raw)
        {
            // The compiler's text tokens keep doubled braces; the string's value does not.
            expected = expected.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        }

        if (raw)
        {
            // Without holes a raw interpolated string is its text: braces are literal, nothing is escaped.
            var quotes = start + opening.IndexOf('"', StringComparison.Ordinal);
            return Checked(Raw(fileText, quotes, end), expected, start, end);
        }

        var verbatim = opening.Contains('@', StringComparison.Ordinal);
        var parts = interpolated.Contents.OfType<InterpolatedStringTextSyntax>()
            .Select(t => Escaped(fileText, t.TextToken.SpanStart, t.TextToken.Span.End, verbatim, braces: true))
            .ToList();
        if (parts.Any(p => p is null))
        {
            return EmbeddedString.At(expected, start, end);
        }

        var joined = parts.Count == 0
            ? new EmbeddedString(string.Empty, [interpolated.StringEndToken.SpanStart])
            : parts.Aggregate((a, b) => a!.Concat(b!));
        return Checked(joined, expected, start, end);
    }

    /// <summary>Our decoding must agree with the compiler's; where it does not, positions fall back to the literal's start.</summary>
    private static EmbeddedString Checked(EmbeddedString? decoded, string expected, int start, int end) =>
        decoded is not null && decoded.Text == expected ? decoded : EmbeddedString.At(expected, start, end);

    /// <summary>The characters of [start, end): escape sequences (regular) or doubled quotes (verbatim), and doubled braces.</summary>
    private static EmbeddedString? Escaped(string file, int start, int end, bool verbatim, bool braces)
    {
        var text = new StringBuilder(end - start);
        var offsets = ImmutableArray.CreateBuilder<int>(end - start + 1);
        void Emit(string value, int at)
        {
            text.Append(value);
            for (var k = 0; k < value.Length; k++)
            {
                offsets.Add(at);
            }
        }

        var i = start;
        while (i < end)
        {
            var c = file[i];
            if (braces && c is '{' or '}' && i + 1 < end && file[i + 1] == c)
            {
                Emit(c.ToString(), i);
                i += 2;
            }
            else if (verbatim && c == '"' && i + 1 < end && file[i + 1] == '"')
            {
                Emit("\"", i);
                i += 2;
            }
            else if (!verbatim && c == '\\' && i + 1 < end)
            {
                if (Escape(file, i, end) is not { } escape)
                {
                    return null;
                }

                Emit(escape.Value, i);
                i += escape.Length;
            }
            else
            {
                Emit(c.ToString(), i);
                i++;
            }
        }

        offsets.Add(end);
        return new EmbeddedString(text.ToString(), offsets.ToImmutable());
    }

    private static (string Value, int Length)? Escape(string file, int at, int end)
    {
        var kind = file[at + 1];
        switch (kind)
        {
            case '\'' or '"' or '\\':
                return (kind.ToString(), 2);
            case '0': return ("\0", 2);
            case 'a': return ("\a", 2);
            case 'b': return ("\b", 2);
            case 'e': return ("\u001b", 2);
            case 'f': return ("\f", 2);
            case 'n': return ("\n", 2);
            case 'r': return ("\r", 2);
            case 't': return ("\t", 2);
            case 'v': return ("\v", 2);
            case 'u' or 'U' or 'x':
                var maximum = kind switch { 'u' => 4, 'U' => 8, _ => 4 };
                var digits = 0;
                while (digits < maximum && at + 2 + digits < end && char.IsAsciiHexDigit(file[at + 2 + digits]))
                {
                    digits++;
                }

                if (digits == 0 || (kind != 'x' && digits != maximum))
                {
                    return null;
                }

                var code = int.Parse(file.AsSpan(at + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return code > 0x10FFFF ? null : (char.ConvertFromUtf32(code), 2 + digits);
            default:
                return null;
        }
    }

    /// <summary>
    /// A raw string from its opening quotes to the end of its closing ones: single-line, its content;
    /// multi-line, the lines between the opening and closing lines less the closing line's indentation.
    /// </summary>
    private static EmbeddedString? Raw(string file, int start, int end)
    {
        var quotes = 0;
        while (start + quotes < end && file[start + quotes] == '"')
        {
            quotes++;
        }

        var contentStart = start + quotes;
        var contentEnd = end - quotes;
        if (contentEnd < contentStart)
        {
            return null;
        }

        var firstBreak = file.IndexOf('\n', contentStart, contentEnd - contentStart);
        if (firstBreak < 0)
        {
            return new EmbeddedString(file[contentStart..contentEnd], [.. Enumerable.Range(contentStart, contentEnd - contentStart + 1)]);
        }

        var lastBreak = file.LastIndexOf('\n', contentEnd - 1, contentEnd - contentStart);
        var indentation = file[(lastBreak + 1)..contentEnd];
        var text = new StringBuilder();
        var offsets = ImmutableArray.CreateBuilder<int>();
        var lineStart = firstBreak + 1;
        while (lineStart <= lastBreak)
        {
            var lineBreak = file.IndexOf('\n', lineStart, lastBreak + 1 - lineStart);
            var lineEnd = lineBreak > lineStart && file[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
            var line = file.AsSpan(lineStart, lineEnd - lineStart);
            var contentFrom = line.IsWhiteSpace() ? lineEnd
                : line.StartsWith(indentation, StringComparison.Ordinal) ? lineStart + indentation.Length
                : -1;
            if (contentFrom < 0)
            {
                return null;
            }

            if (lineStart > firstBreak + 1)
            {
                // The line break that ended the previous line belongs to the value.
                var previousEnd = file[lineStart - 2] == '\r' ? lineStart - 2 : lineStart - 1;
                for (var p = previousEnd; p < lineStart; p++)
                {
                    text.Append(file[p]);
                    offsets.Add(p);
                }
            }

            for (var p = contentFrom; p < lineEnd; p++)
            {
                text.Append(file[p]);
                offsets.Add(p);
            }

            lineStart = lineBreak + 1;
        }

        offsets.Add(lastBreak > 0 && file[lastBreak - 1] == '\r' ? lastBreak - 1 : lastBreak);
        return new EmbeddedString(text.ToString(), offsets.ToImmutable());
    }
}
