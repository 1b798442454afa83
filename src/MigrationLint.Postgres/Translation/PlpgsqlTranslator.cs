using MigrationLint.Core.Model;
using MigrationLint.Postgres.Native;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// PL/pgSQL bodies that a migration runs (DO blocks): libpg_query parses the body; every static SQL
/// statement in it is translated like top-level SQL at its own line and column; EXECUTE of a
/// string built at run time becomes <see cref="DynamicSql"/>. EXECUTE of a constant string is
/// static after all, and is read as such.
/// </summary>
internal sealed class PlpgsqlTranslator(Func<StatementSource, IEnumerable<SchemaOperation>> translateSql)
{
    private const string WrapperPrefix = "CREATE FUNCTION migrationlint_body() RETURNS void LANGUAGE plpgsql AS ";

    public IEnumerable<SchemaOperation> TranslateDo(Statement statement)
    {
        var arguments = statement.Body.Items("args").Select(a => a.As("DefElem")).OfType<PgNode>().ToList();
        var language = arguments.FirstOrDefault(a => a.Str("defname") == "language").Get("arg")?.StringValue() ?? "plpgsql";
        var bodyArgument = arguments.FirstOrDefault(a => a.Str("defname") == "as");
        if (!language.Equals("plpgsql", StringComparison.OrdinalIgnoreCase))
        {
            return [new Opaque(statement.Span, $"DO LANGUAGE {language}", $"code in {language} cannot be analysed")];
        }

        if (bodyArgument.ValueKind != PgValueKind.Object)
        {
            return [new Opaque(statement.Span, "DO", "the block has no body")];
        }

        var literalStart = Math.Clamp(statement.Source.CharOffset(bodyArgument.Int("location")), statement.Start, statement.End);
        return TranslateBody(statement, literalStart);
    }

    /// <summary>Translates the PL/pgSQL function body whose string literal starts at <paramref name="literalStart"/>.</summary>
    public IEnumerable<SchemaOperation> TranslateBody(Statement statement, int literalStart)
    {
        var text = statement.Source.Text;
        var literalEnd = SqlLexer.SkipToken(text, literalStart, statement.End);
        var body = new Body(statement, literalStart, literalEnd);
        return PgQuery.ParsePlpgsql(
            WrapperPrefix + text[literalStart..literalEnd],
            json => ParseTree.Read(json, tree => TranslateStatements(body, tree)),
            failure => [new SyntaxError(statement.Span, $"PL/pgSQL: {failure.Message}")]);
    }

    private List<SchemaOperation> TranslateStatements(Body body, ParseTree tree)
    {
        var operations = new List<SchemaOperation>();
        foreach (var (type, node) in Statements(tree.Root))
        {
            operations.AddRange(Translate(body, type, node));
        }

        return operations.Count > 0 ? operations : [new NoSchemaChange(body.Statement.Span, "DO block without SQL statements")];
    }

    private IEnumerable<SchemaOperation> Translate(Body body, string type, PgNode node)
    {
        var line = node.Int("lineno", 1);
        switch (type)
        {
            case "PLpgSQL_stmt_execsql":
                return Sql(body, line, node.Get("sqlstmt")?.As("PLpgSQL_expr")?.Str("query"));
            case "PLpgSQL_stmt_perform":
                return Sql(body, line, node.Get("expr")?.As("PLpgSQL_expr")?.Str("query"), searchFor: "PERFORM");
            case "PLpgSQL_stmt_call":
                return Sql(body, line, node.Get("expr")?.As("PLpgSQL_expr")?.Str("query"));
            case "PLpgSQL_stmt_dynexecute":
                var query = node.Get("query")?.As("PLpgSQL_expr")?.Str("query") ?? string.Empty;
                return ConstantString(query) is { } constant
                    ? Sql(body, line, constant, searchFor: "EXECUTE")
                    : [new DynamicSql(body.SpanAt(line, "EXECUTE"), $"EXECUTE {Shorten(query)}")];
            case "PLpgSQL_stmt_dynfors":
                return [new DynamicSql(body.SpanAt(line, "EXECUTE"), "FOR … IN EXECUTE")];
            case "PLpgSQL_stmt_open" when node.Get("dynquery") is not null:
                return [new DynamicSql(body.SpanAt(line, "EXECUTE"), "OPEN … FOR EXECUTE")];
            case "PLpgSQL_stmt_return_query" when node.Get("dynquery") is not null:
                return [new DynamicSql(body.SpanAt(line, "EXECUTE"), "RETURN QUERY EXECUTE")];
            default:
                return [];
        }
    }

    /// <summary>Static SQL at a body line: located in the file, parsed and translated like top-level SQL.</summary>
    private IEnumerable<SchemaOperation> Sql(Body body, int line, string? query, string? searchFor = null)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var position = body.Locate(line, searchFor ?? query);
        if (searchFor is not null)
        {
            // PERFORM is rewritten to SELECT, and an EXECUTEd constant is inside quotes: the text is not verbatim.
            position = body.Locate(line, FirstWord(query)) is var word && word > position ? word : position;
        }

        var source = body.Statement.Source;
        return translateSql(new StatementSource(source.File, query, source.FileOffset + position));
    }

    /// <summary>The statements of a PL/pgSQL tree in the order they are written, nested ones after their parent.</summary>
    private static List<(string Type, PgNode Node)> Statements(PgNode root)
    {
        var statements = new List<(string Type, PgNode Node)>();
        Collect(root, statements);
        return statements;
    }

    private static void Collect(PgNode element, List<(string Type, PgNode Node)> statements)
    {
        if (element.ValueKind == PgValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameStartsWith("PLpgSQL_stmt_"))
                {
                    statements.Add((property.Name, property.Value));
                }

                Collect(property.Value, statements);
            }
        }
        else if (element.ValueKind == PgValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, statements);
            }
        }
    }

    /// <summary>The SQL inside <c>EXECUTE 'ALTER TABLE …'</c> when the argument is one constant string.</summary>
    private static string? ConstantString(string expression) => PgQuery.Parse(
        "SELECT " + expression,
        json => ParseTree.Read(json, static tree =>
        {
            var targets = tree.Root.Items("stmts").FirstOrDefault().Get("stmt")?.As("SelectStmt")?.Items("targetList").ToList();
            return targets is [var single] && single.As("ResTarget")?.Get("val")?.As("A_Const")?.Get("sval")?.Str("sval") is { } text
                ? text
                : null;
        }),
        static _ => null);

    private static string FirstWord(string query)
    {
        var start = SqlLexer.SkipTrivia(query, 0, query.Length);
        return query[start..SqlLexer.SkipToken(query, start, query.Length)];
    }

    private static string Shorten(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= 60 ? single : single[..57] + "...";
    }

    /// <summary>A body literal in the source text; PL/pgSQL line 1 is the line the literal opens on.</summary>
    private sealed class Body(Statement statement, int literalStart, int literalEnd)
    {
        public Statement Statement { get; } = statement;

        /// <summary>Where <paramref name="search"/> first occurs on or after body line <paramref name="line"/>.</summary>
        public int Locate(int line, string search)
        {
            var text = Statement.Source.Text;
            var lineStart = LineStart(line);
            var found = text.IndexOf(search, lineStart, literalEnd - lineStart, StringComparison.OrdinalIgnoreCase);
            return found >= 0 ? found : SqlLexer.SkipTrivia(text, lineStart, literalEnd);
        }

        public SourceSpan SpanAt(int line, string keyword)
        {
            var start = Locate(line, keyword);
            var text = Statement.Source.Text;
            var semicolon = text.IndexOf(';', start, literalEnd - start);
            return Statement.Source.Span(start, semicolon < 0 ? SqlLexer.SkipToken(text, start, literalEnd) : semicolon);
        }

        private int LineStart(int line)
        {
            var text = Statement.Source.Text;
            var position = literalStart;
            for (var i = 1; i < line; i++)
            {
                var newline = text.IndexOf('\n', position, literalEnd - position);
                if (newline < 0)
                {
                    break;
                }

                position = newline + 1;
            }

            return position;
        }
    }
}
