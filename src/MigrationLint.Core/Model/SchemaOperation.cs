namespace MigrationLint.Core.Model;

/// <summary>
/// One change a migration makes, in dialect-free terms. Front ends produce these; rules match them;
/// the catalog replays them. Every operation knows where in which file it was written.
/// </summary>
public abstract record SchemaOperation(SourceSpan Span);
