using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationLint.EfCore.Syntax;

/// <summary>A call chained onto a builder call: <c>.Annotation("Npgsql:…", value)</c>, <c>.OldAnnotation(…)</c>.</summary>
internal sealed record ChainedCall(string Method, ArgumentListSyntax Arguments);

/// <summary>
/// One use of the migration builder in an Up or Down method, in source order: a call
/// <c>migrationBuilder.Method&lt;T&gt;(…)</c> with what is chained onto it, or (when <see cref="Method"/>
/// is null) any other use, such as handing the builder to a helper, whose effect cannot be seen.
/// </summary>
internal sealed record BuilderCall(
    string? Method,
    TypeSyntax? TypeArgument,
    ArgumentListSyntax? Arguments,
    ImmutableArray<ChainedCall> Chain,
    SyntaxNode Node,
    string Description);
