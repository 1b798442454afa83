using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using MigrationLint.EfCore.Mapping;
using MigrationLint.EfCore.Syntax;
using MigrationLint.EfCore.Types;

namespace MigrationLint.EfCore;

/// <summary>
/// EF Core migrations through Roslyn's C# parser, syntax only (no compilation, no EF Core). The
/// section of the file asked for picks the method: <c>Up</c> for the up migration, <c>Down</c> for the
/// down. Each use of the migration builder there becomes operations at its span; SQL in
/// <c>Sql("…")</c> and store types go through <paramref name="sql"/>, the front end of the dialect the
/// migrations were scaffolded for, which also gives the dialect. Safe to call from several threads.
/// </summary>
public sealed class EfCoreFrontEnd(IFrontEnd sql) : IFrontEnd
{
    private static readonly CSharpParseOptions Options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    private readonly StoreTypes _types = new(sql);

    public SqlDialect Dialect => sql.Dialect;

    public ParsedScript Parse(SourceText source)
    {
        var tree = CSharpSyntaxTree.ParseText(source.Text, Options, source.FilePath);
        var root = tree.GetCompilationUnitRoot();
        var migration = root.DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(IsMigration);
        if (migration is null)
        {
            var opaque = new Opaque(source.Span(0, 0), "C# file", "no class deriving from Migration was found in it");
            return new ParsedScript(source, [.. SyntaxErrors(tree, root, source), new ParsedStatement(opaque.Span, [opaque])]);
        }

        var name = source.Section == ScriptSection.DownSection ? "Down" : "Up";
        var method = migration.Members.OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(m => m.Identifier.ValueText == name && m.ParameterList.Parameters.Count == 1);
        var body = (SyntaxNode?)method?.Body ?? method?.ExpressionBody;
        if (method is null || body is null)
        {
            return new ParsedScript(source, []);
        }

        var context = new MappingContext(source, sql, _types);
        var builder = method.ParameterList.Parameters[0].Identifier.ValueText;
        var statements = SyntaxErrors(tree, method, source)
            .Concat(BuilderCalls.In(body, builder).SelectMany(call => CallMapper.Map(call, context)))
            .OrderBy(s => s.Span.Line)
            .ThenBy(s => s.Span.Column);
        return new ParsedScript(source, [.. statements]);
    }

    /// <summary>A class whose base list names Migration (<c>: Migration</c>, <c>: Microsoft.EntityFrameworkCore.Migrations.Migration</c>).</summary>
    private static bool IsMigration(ClassDeclarationSyntax declaration) =>
        declaration.BaseList?.Types.FirstOrDefault()?.Type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "Migration",
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "Migration",
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "Migration",
            _ => false,
        };

    /// <summary>The compiler's syntax errors inside the node: the calls around them are still read.</summary>
    private static IEnumerable<ParsedStatement> SyntaxErrors(SyntaxTree tree, SyntaxNode node, SourceText source) =>
        tree.GetDiagnostics(node)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => new SyntaxError(source.Span(d.Location.SourceSpan.Start, d.Location.SourceSpan.End), $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"))
            .Select(e => new ParsedStatement(e.Span, ImmutableArray.Create<SchemaOperation>(e)));
}
