namespace MigrationLint.Core.Discovery;

/// <summary>Which part of a file holds a script: all of it, or one section of a file holding both directions.</summary>
public enum ScriptSection
{
    WholeFile,
    UpSection,
    DownSection,
}

/// <summary>Where one direction of a migration is written.</summary>
public sealed record MigrationScript(string FilePath, ScriptSection Section);

/// <summary>
/// One migration: its version exactly as the file name writes it, its up script and, where there is
/// one, its down. <see cref="DialectHint"/> is what the file name says of the dialect
/// (<c>.postgres.up.sql</c>, <c>___SQL_SERVER.sql</c>), if anything.
/// </summary>
public sealed record Migration(
    string Version,
    string Name,
    MigrationLayout Layout,
    MigrationScript Up,
    MigrationScript? Down,
    string? DialectHint);
