using System.Collections.Immutable;

namespace MigrationLint.Verify.Data;

/// <summary>
/// The rows of one table at one moment: each row maps a column to its value as JSON text (null for
/// SQL NULL), plus the primary key's columns, by which rows are matched later.
/// </summary>
public sealed record TableData(string Table, ImmutableArray<string> Key, ImmutableArray<ImmutableDictionary<string, string?>> Rows);

/// <summary>The rows of the tables being watched, by table name.</summary>
public sealed class DataSnapshot(ImmutableDictionary<string, TableData> tables)
{
    public ImmutableDictionary<string, TableData> Tables { get; } = tables;
}
