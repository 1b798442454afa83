using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Runners;

/// <summary>How far back a schema revert must go for the old release to start.</summary>
public enum RevertScope
{
    /// <summary>The runner keeps one version number and the old binary refuses a database ahead of it: revert the whole window.</summary>
    WholeWindow,

    /// <summary>The runner keeps one row per migration and ignores rows it does not know: revert down to the oldest unsafe migration.</summary>
    DownToOldestUnsafe,
}

/// <summary>The runner's bookkeeping table, as configured (schema optional).</summary>
public sealed record RunnerTable(string? Schema, string Name)
{
    /// <summary>The table as PostgreSQL SQL, quoted only where needed.</summary>
    public string Sql => Schema is null ? Identifier(Name) : $"{Identifier(Schema)}.{Identifier(Name)}";

    public override string ToString() => Sql;

    private static string Identifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? name
            : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// A migration runner: where it records what it applied, what the old binary does with a database
/// that is ahead of it, and the SQL that makes its records match a reverted schema.
/// </summary>
public abstract class MigrationRunner
{
    /// <summary>The name used with --runner and in reports.</summary>
    public abstract string Name { get; }

    public abstract string DefaultTable { get; }

    public abstract RevertScope Scope { get; }

    /// <summary>Why the scope is what it is, for the plan.</summary>
    public abstract string ScopeReason { get; }

    /// <summary>
    /// PostgreSQL that makes the bookkeeping match the schema after the downs of <paramref name="reverted"/>
    /// (newest first) ran; <paramref name="target"/> is the newest migration left applied, if any.
    /// </summary>
    public abstract string Bookkeeping(RunnerTable table, IReadOnlyList<Migration> reverted, Migration? target);

    /// <summary>A runner command that performs the revert itself, where the runner has one.</summary>
    public virtual string? RevertCommand(IReadOnlyList<Migration> reverted, Migration? target) => null;

    /// <summary>A version as a numeric literal: leading zeros dropped, never parsed (Ory's 20-digit versions overflow bigint).</summary>
    protected static string Numeric(string version) =>
        version.All(char.IsAsciiDigit) ? version.TrimStart('0') is { Length: > 0 } digits ? digits : "0" : Literal(version);

    protected static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    protected static string List(IEnumerable<string> values) => string.Join(", ", values);
}
