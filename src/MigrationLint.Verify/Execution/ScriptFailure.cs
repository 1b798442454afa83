namespace MigrationLint.Verify.Execution;

/// <summary>Where a script failed on the server (1-based line and column in its file) and what PostgreSQL said.</summary>
public sealed record ScriptFailure(int Line, int Column, string Message);
