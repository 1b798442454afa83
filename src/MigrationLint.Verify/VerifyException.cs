namespace MigrationLint.Verify;

/// <summary>
/// Verify cannot do its work (no PostgreSQL, a database that is not empty, a server that will not
/// start): one clear message for the person, exit code 2.
/// </summary>
public sealed class VerifyException(string message, Exception? inner = null) : Exception(message, inner);
