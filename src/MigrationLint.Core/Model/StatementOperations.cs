namespace MigrationLint.Core.Model;

/// <summary>A statement that changes neither schema nor data: SET, transaction control, ANALYZE, a plain SELECT.</summary>
public sealed record NoSchemaChange(SourceSpan Span, string Statement) : SchemaOperation(Span);

/// <summary>A call of a function or procedure whose effect cannot be seen from here (SELECT f(), CALL p()).</summary>
public sealed record CallRoutine(SourceSpan Span, ObjectName Routine) : SchemaOperation(Span);

/// <summary>SQL built at run time (EXECUTE of a string): nobody can know what it does without running it.</summary>
public sealed record DynamicSql(SourceSpan Span, string Detail) : SchemaOperation(Span);

/// <summary>A statement the front end read but cannot express in the model.</summary>
public sealed record Opaque(SourceSpan Span, string Statement, string Reason) : SchemaOperation(Span);

/// <summary>Text the parser rejected; <see cref="Message"/> is the parser's own words.</summary>
public sealed record SyntaxError(SourceSpan Span, string Message) : SchemaOperation(Span);
