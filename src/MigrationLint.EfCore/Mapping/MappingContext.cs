using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;
using MigrationLint.EfCore.Syntax;
using MigrationLint.EfCore.Types;

namespace MigrationLint.EfCore.Mapping;

/// <summary>What mapping one file's calls needs: the file, the dialect's SQL front end, its store types.</summary>
internal sealed class MappingContext(SourceText file, IFrontEnd sql, StoreTypes types)
{
    public SourceText File { get; } = file;

    public IFrontEnd Sql { get; } = sql;

    public StoreTypes Types { get; } = types;

    public Constants Constants { get; } = new(file.Text);

    public SourceSpan SpanOf(SyntaxNode node) => File.Span(node.SpanStart, node.Span.End);

    public CallReader Read(ArgumentListSyntax? arguments, IReadOnlyList<string> parameters) =>
        new(Arguments.Bind(arguments, parameters), Constants);

    /// <summary>The column type EF Core states (<c>type:</c>), else the provider's mapping of its CLR type and facets.</summary>
    public ColumnType? TypeOf(string? storeType, string? clrType, Facets facets) =>
        storeType is { Length: > 0 } ? Types.Parse(storeType)
        : clrType is null ? null
        : Types.FromClr(clrType, facets) ?? new ColumnType(ClrStoreTypes.Normalise(clrType), [], 0, ClrStoreTypes.Normalise(clrType));
}
