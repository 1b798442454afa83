using System.Collections.Concurrent;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Model;
using MigrationLint.Core.Text;

namespace MigrationLint.EfCore.Types;

/// <summary>
/// Turns EF Core's store types (<c>"character varying(100)"</c>, <c>"nvarchar(max)"</c>) into the
/// dialect's <see cref="ColumnType"/> by letting the dialect's own front end read a one-column CREATE
/// TABLE: one parser and one type classifier per dialect, never a second copy here. What the front
/// end cannot read keeps its spelling as its name, so the classifier calls a change to it unknown.
/// </summary>
internal sealed class StoreTypes(IFrontEnd sql)
{
    private readonly ConcurrentDictionary<string, ColumnType> _parsed = new(StringComparer.Ordinal);

    public ColumnType Parse(string storeType) => _parsed.GetOrAdd(storeType.Trim(), Probe);

    /// <summary>The type of a column given by CLR type and facets only; null when the provider's mapping is not known.</summary>
    public ColumnType? FromClr(string clrType, Facets facets) =>
        ClrStoreTypes.For(sql.Dialect.Name, clrType, facets) is { } storeType ? Parse(storeType) : null;

    private ColumnType Probe(string storeType)
    {
        if (IsPlainTypeName(storeType))
        {
            var parsed = sql.Parse(new SourceText("<store type>", $"CREATE TABLE migrationlint_probe (c {storeType})"));
            if (parsed.Statements is [{ Operations: [CreateTable { Columns: [{ Type: { } type }] }] }])
            {
                return type;
            }
        }

        return new ColumnType(storeType.ToLowerInvariant(), [], 0, storeType);
    }

    /// <summary>Only a type name goes into the probe: nothing that could end the statement or comment the rest away.</summary>
    private static bool IsPlainTypeName(string storeType) =>
        storeType.Length > 0
        && !storeType.Contains(';', StringComparison.Ordinal)
        && !storeType.Contains("--", StringComparison.Ordinal)
        && !storeType.Contains("/*", StringComparison.Ordinal)
        && storeType.Count(c => c == '(') == storeType.Count(c => c == ')');
}
