namespace MigrationLint.Verify.Data;

public enum DataLossKind
{
    TableGone,
    ColumnGone,
    RowsGone,
    ValuesEmptied,
    ValuesChanged,
}

/// <summary>
/// Seeded data that is no longer what it was. <see cref="Description"/> says what and how much, and
/// is the loss's identity across snapshots. <see cref="Column"/> is null for whole tables and rows.
/// </summary>
public sealed record DataLoss(DataLossKind Kind, string Table, string? Column, int Count, string Description)
{
    /// <summary>
    /// Whether the data is gone. A changed value is only reported: a backfill, or a trigger keeping
    /// updated_at, changes values on purpose and the old release reads them fine.
    /// </summary>
    public bool IsLoss => Kind != DataLossKind.ValuesChanged;
}
