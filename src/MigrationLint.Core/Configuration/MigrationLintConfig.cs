using System.Collections.Immutable;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Rules;

namespace MigrationLint.Core.Configuration;

/// <summary>The names and defaults a rollback script needs, from the plan section.</summary>
public sealed record PlanConfig(
    string? Namespace = null,
    string? ReleaseName = null,
    string? Database = null,
    string? DatabaseUser = null,
    string? DatabaseWorkload = null,
    string? ServerWorkload = null);

/// <summary>
/// A team's <c>.migrationlint.yml</c>, validated. Every value is optional; the command line overrides
/// what it names. Paths are resolved against the file's folder.
/// </summary>
public sealed record MigrationLintConfig(
    string? SourceFile,
    string? Dialect,
    ImmutableArray<string> Migrations,
    MigrationLayout? Layout,
    string? Runner,
    string? MigrationsTable,
    string? FailOn,
    string? Baseline,
    ImmutableArray<string> Ignore,
    ImmutableDictionary<string, RuleOverride> Rules,
    string? TagPattern,
    PlanConfig Plan)
{
    public static readonly MigrationLintConfig Empty = new(
        null, null, [], null, null, null, null, null, [], ImmutableDictionary<string, RuleOverride>.Empty, null, new PlanConfig());

    /// <summary>The folder paths in the file are relative to.</summary>
    public string BaseDirectory => SourceFile is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(SourceFile))!;
}
