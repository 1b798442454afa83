using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer;

/// <summary>
/// SQL Server: names compare case-insensitively (the default collations do), <c>dbo</c> by default.
/// The names SQL Server gives constraints declared without one end in random hex
/// (<c>PK__orders__3213E83F1A2B3C4D</c>), so they cannot be predicted; the conventional prefixes,
/// which those names share with hand-written ones, still tell the kind.
/// </summary>
public sealed class SqlServerDialect : SqlDialect
{
    public static readonly SqlServerDialect Instance = new();

    private SqlServerDialect()
    {
    }

    public override string Name => "sqlserver";

    public override string DefaultSchema => "dbo";

    public override bool CaseInsensitiveNames => true;

    public override TypeChange ClassifyTypeChange(ColumnType from, ColumnType to) => SqlServerTypeChanges.Classify(from, to);

    public override bool IsTextType(ColumnType type) => SqlServerTypeChanges.IsText(type.Name);

    /// <summary>
    /// PK_, FK_, UQ_/UK_/AK_, CK_/CHK_ and DF_ (SSMS, EF Core and SQL Server's own generated names).
    /// A constraint named IX_ is an index-backed one, and the only index-backed constraints besides the
    /// primary key are UNIQUE ones.
    /// </summary>
    public override ConstraintKind? GuessConstraintKind(string constraintName)
    {
        var name = constraintName.ToUpperInvariant();
        return name switch
        {
            _ when name.StartsWith("PK_", StringComparison.Ordinal) => ConstraintKind.PrimaryKey,
            _ when name.StartsWith("FK_", StringComparison.Ordinal) => ConstraintKind.ForeignKey,
            _ when name.StartsWith("UQ_", StringComparison.Ordinal) || name.StartsWith("UK_", StringComparison.Ordinal)
                || name.StartsWith("AK_", StringComparison.Ordinal) || name.StartsWith("IX_", StringComparison.Ordinal) => ConstraintKind.Unique,
            _ when name.StartsWith("CK_", StringComparison.Ordinal) || name.StartsWith("CHK_", StringComparison.Ordinal) => ConstraintKind.Check,
            _ when name.StartsWith("DF_", StringComparison.Ordinal) => ConstraintKind.Default,
            _ => null,
        };
    }

    /// <summary>
    /// UX_/UQ_/UIX_/AK_ or a name containing "unique" say unique; IX_ says nothing (SSMS and EF Core
    /// name unique and non-unique indexes IX_ alike).
    /// </summary>
    public override bool? GuessIndexIsUnique(string indexName)
    {
        var name = indexName.ToUpperInvariant();
        return name.StartsWith("UX_", StringComparison.Ordinal) || name.StartsWith("UQ_", StringComparison.Ordinal)
            || name.StartsWith("UIX_", StringComparison.Ordinal) || name.StartsWith("AK_", StringComparison.Ordinal)
            || name.Contains("UNIQUE", StringComparison.Ordinal)
            ? true
            : null;
    }
}
