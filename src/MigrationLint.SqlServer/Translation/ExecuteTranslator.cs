using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// EXEC: of a string (dynamic SQL), of a system procedure with a known effect (sp_rename,
/// sp_executesql, extended properties, role membership), or of any other procedure, whose effect
/// cannot be seen. SQL in string constants is read like top-level SQL, at its own line and column;
/// SQL built at run time is <see cref="DynamicSql"/>.
/// </summary>
internal sealed class ExecuteTranslator(Func<ScriptPiece, IEnumerable<SchemaOperation>> translateSql)
{
    /// <summary>System procedures that change nothing the old code sees: metadata refreshes, locks, session state.</summary>
    private static readonly HashSet<string> Harmless = new(StringComparer.OrdinalIgnoreCase)
    {
        "sp_refreshview", "sp_refreshsqlmodule", "sp_recompile", "sp_updatestats", "sp_getapplock", "sp_releaseapplock",
        "sp_set_session_context", "sp_help", "sp_helptext", "sp_helpindex", "sp_spaceused", "sp_who", "sp_who2",
        "sp_lock", "sp_executesql_check", "sp_describe_first_result_set",
    };

    private static readonly string[] ExtendedPropertyParameters =
        ["name", "value", "level0type", "level0name", "level1type", "level1name", "level2type", "level2name"];

    private static readonly string[] DropExtendedPropertyParameters =
        ["name", "level0type", "level0name", "level1type", "level1name", "level2type", "level2name"];

    public IEnumerable<SchemaOperation> Translate(ScriptPiece piece, ExecuteStatement statement)
    {
        var span = piece.Span(statement);
        var specification = statement.ExecuteSpecification;
        switch (specification?.ExecutableEntity)
        {
            case ExecutableStringList strings when specification.LinkedServer is null:
                return Constant(piece, strings.Strings) is { } inner
                    ? translateSql(inner)
                    : [new DynamicSql(span, $"{piece.Shortened(statement)}")];
            case ExecutableProcedureReference { ProcedureReference.ProcedureVariable: not null }:
                return [new DynamicSql(span, "EXEC of a procedure named by a variable")];
            case ExecutableProcedureReference { ProcedureReference.ProcedureReference.Name: { } name } procedure when specification.LinkedServer is null:
                return Procedure(piece, span, Names.Of(name), procedure.Parameters);
            default:
                return [new DynamicSql(span, piece.Shortened(statement))];
        }
    }

    private IEnumerable<SchemaOperation> Procedure(ScriptPiece piece, SourceSpan span, ObjectName name, IList<ExecuteParameter> parameters)
    {
        var system = name.Schema is null || name.Schema.Equals("sys", StringComparison.OrdinalIgnoreCase) || name.Schema.Equals("dbo", StringComparison.OrdinalIgnoreCase);
        if (!system)
        {
            return [new CallRoutine(span, name)];
        }

        switch (name.Name.ToLowerInvariant())
        {
            case "sp_rename":
                return [RenameTranslator.Translate(span, new Arguments(parameters, ["objname", "newname", "objtype"]))];
            case "sp_executesql":
                var statement = new Arguments(parameters, ["stmt"]).Value("stmt");
                return statement is StringLiteral literal && Constant(piece, [literal]) is { } inner
                    ? translateSql(inner)
                    : [new DynamicSql(span, "sp_executesql of SQL built at run time")];
            case "sp_addextendedproperty" or "sp_updateextendedproperty":
                return [Comment(span, new Arguments(parameters, ExtendedPropertyParameters))];
            case "sp_dropextendedproperty":
                return [Comment(span, new Arguments(parameters, DropExtendedPropertyParameters))];
            case "sp_addrolemember" or "sp_droprolemember":
                var role = new Arguments(parameters, ["rolename", "membername"]).Text("rolename") ?? "?";
                return [DataTranslator.RoleMembership(span, name.Name.Equals("sp_addrolemember", StringComparison.OrdinalIgnoreCase), role)];
            case var harmless when Harmless.Contains(harmless):
                return [new NoSchemaChange(span, $"EXEC {name.Name}")];
            default:
                return [new CallRoutine(span, name)];
        }
    }

    /// <summary>An extended property (MS_Description and the like): SQL Server's COMMENT ON.</summary>
    private static Comment Comment(SourceSpan span, Arguments arguments)
    {
        var levels = new[] { ("level2type", "level2name"), ("level1type", "level1name"), ("level0type", "level0name") }
            .Select(l => (Type: arguments.Text(l.Item1), Name: arguments.Text(l.Item2)))
            .Where(l => l.Type is not null)
            .ToList();
        var kind = levels.FirstOrDefault().Type?.ToUpperInvariant() switch
        {
            "COLUMN" => ObjectKind.Column,
            "TABLE" => ObjectKind.Table,
            "VIEW" => ObjectKind.View,
            "PROCEDURE" => ObjectKind.Procedure,
            "FUNCTION" => ObjectKind.Function,
            "INDEX" => ObjectKind.Index,
            "CONSTRAINT" => ObjectKind.Constraint,
            "TRIGGER" => ObjectKind.Trigger,
            "SCHEMA" => ObjectKind.Schema,
            "TYPE" => ObjectKind.Type,
            _ => ObjectKind.Other,
        };
        var target = levels.Count == 0 ? "the database" : string.Join('.', Enumerable.Reverse(levels).Select(l => l.Name ?? "?"));
        return new Comment(span, kind, target);
    }

    /// <summary>
    /// The SQL a list of string constants spells (EXEC('…' + '…')), mapped back to the file
    /// character by character; null when any part is not a constant.
    /// </summary>
    private static ScriptPiece? Constant(ScriptPiece piece, IList<ValueExpression> parts)
    {
        if (parts.Count == 0 || !parts.All(p => p is StringLiteral))
        {
            return null;
        }

        var text = new StringBuilder();
        var map = new List<int>();
        foreach (var part in parts)
        {
            var (start, end) = piece.Extent(part);
            var p = start;
            if (p < end && piece.Text[p] is 'N' or 'n')
            {
                p++;
            }

            p++;
            var close = end - 1;
            while (p < close)
            {
                map.Add(piece.FileOffset(p));
                text.Append(piece.Text[p]);
                p += piece.Text[p] == '\'' && p + 1 < close && piece.Text[p + 1] == '\'' ? 2 : 1;
            }

            if (part != parts[^1])
            {
                continue;
            }

            map.Add(piece.FileOffset(close));
        }

        return ScriptPiece.Literal(piece.File, text.ToString(), [.. map]);
    }
}
