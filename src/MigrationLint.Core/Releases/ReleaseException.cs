namespace MigrationLint.Core.Releases;

/// <summary>A release cannot be analysed as asked (an unknown ref, an empty range, a chart without appVersion); the message says why and what to do.</summary>
public sealed class ReleaseException(string message) : Exception(message);
