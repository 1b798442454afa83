namespace MigrationLint.Postgres.Translation;

/// <summary>
/// libpg_query parsed the text but its parse tree cannot be read (deeper than
/// <see cref="ParseTree.MaxDepth"/>): the statement becomes a finding that says so.
/// </summary>
public sealed class UnreadableParseTreeException(string message) : InvalidOperationException(message);
