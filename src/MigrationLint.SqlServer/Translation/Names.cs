using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// Names as the model wants them: schema and object, brackets and quotes already gone (ScriptDom
/// unquotes identifiers), spelling kept; the catalog compares them case-insensitively. A server or
/// database part is dropped: a migration works in its own database.
/// </summary>
internal static class Names
{
    public static ObjectName Of(SchemaObjectName name) => new(name.SchemaIdentifier?.Value, name.BaseIdentifier?.Value ?? string.Empty);

    /// <summary>An object named by a multi-part identifier (schema.object).</summary>
    public static ObjectName Of(MultiPartIdentifier name) => name.Identifiers.Count switch
    {
        0 => new(null, string.Empty),
        1 => new(null, name.Identifiers[0].Value),
        _ => new(name.Identifiers[^2].Value, name.Identifiers[^1].Value),
    };

    /// <summary>An object in the schema of the table it belongs to (indexes, triggers).</summary>
    public static ObjectName InSchemaOf(ObjectName table, string name) => new(table.Schema, name);

    /// <summary>The column a reference names (its last part).</summary>
    public static string Column(ColumnReferenceExpression column) =>
        column.MultiPartIdentifier?.Identifiers is { Count: > 0 } parts ? parts[^1].Value : "expr";

    /// <summary>
    /// The parts of a name written inside a string, as sp_rename takes it: <c>dbo.orders.total</c>,
    /// <c>[dbo].[order lines].[total]</c>, <c>"dbo"."orders"</c>. Null when the text is not a name.
    /// </summary>
    public static List<string>? SplitMultipart(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        text = text.Trim();
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '[' or '"')
            {
                var close = c == '[' ? ']' : '"';
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return null;
                    }

                    if (text[i] == close && i + 1 < text.Length && text[i + 1] == close)
                    {
                        current.Append(close);
                        i += 2;
                    }
                    else if (text[i] == close)
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        current.Append(text[i++]);
                    }
                }
            }
            else if (c == '.')
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                i++;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        parts.Add(current.ToString().Trim());
        return parts.Any(p => p.Length == 0) ? null : parts;
    }
}
