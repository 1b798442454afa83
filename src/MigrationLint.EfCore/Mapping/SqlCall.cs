using MigrationLint.Core.Analysis;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using MigrationLint.EfCore.Strings;

namespace MigrationLint.EfCore.Mapping;

/// <summary>
/// <c>migrationBuilder.Sql("…")</c>: a constant string goes through the dialect's SQL front end, with
/// every position mapped back into the .cs file, so each statement is judged at its own line. SQL
/// built at run time cannot be read: it is reviewed.
/// </summary>
internal static class SqlCall
{
    public static IEnumerable<ParsedStatement> Map(Call call)
    {
        var argument = call.Reader.Arguments["sql"];
        if (argument is null || ConstantStrings.Read(argument, call.Context.File.Text) is not { } sql)
        {
            var dynamic = new DynamicSql(call.Span, $"migrationBuilder.Sql({(argument is null ? string.Empty : Syntax.Constants.Source(argument))})");
            return [new ParsedStatement(call.Span, [dynamic])];
        }

        var source = new SourceText(call.Context.File.FilePath, sql.Text, new OffsetPositionMap(call.Context.File, sql));
        var parsed = call.Context.Sql.Parse(source);
        if (parsed.Statements.IsEmpty)
        {
            return [new ParsedStatement(call.Span, [new NoSchemaChange(call.Span, "migrationBuilder.Sql with no statement")])];
        }

        return parsed.Statements;
    }
}
