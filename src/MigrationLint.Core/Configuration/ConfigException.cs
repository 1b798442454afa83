namespace MigrationLint.Core.Configuration;

/// <summary>A configuration file that cannot be used; the message names the file, the line and column, and the valid choices.</summary>
public sealed class ConfigException(string message) : Exception(message);
