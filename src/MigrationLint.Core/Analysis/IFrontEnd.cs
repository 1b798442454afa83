using System.Collections.Immutable;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Analysis;

/// <summary>One statement as written, and the operations it performs (several for a multi-action ALTER TABLE or a DO block).</summary>
public sealed record ParsedStatement(SourceSpan Span, ImmutableArray<SchemaOperation> Operations);

public sealed record ParsedScript(SourceText Source, ImmutableArray<ParsedStatement> Statements)
{
    public IEnumerable<SchemaOperation> Operations => Statements.SelectMany(s => s.Operations);
}

/// <summary>
/// Turns a dialect's text into the model. Knows nothing of rules. Never throws on bad SQL: what
/// does not parse becomes a <see cref="SyntaxError"/> operation where the parser gave up, and
/// the statements around it are still read. Must be safe to call from several threads.
/// </summary>
public interface IFrontEnd
{
    SqlDialect Dialect { get; }

    ParsedScript Parse(SourceText source);
}
