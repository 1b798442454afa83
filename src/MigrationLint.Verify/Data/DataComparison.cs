namespace MigrationLint.Verify.Data;

/// <summary>
/// What became of the rows seeded before the release: tables and columns gone, rows gone (matched by
/// primary key, else by their values), values that became NULL or changed. Only what was there
/// before is looked at: what the release's own tables and columns hold is the plan's discards.
/// </summary>
public static class DataComparison
{
    public static IReadOnlyList<DataLoss> Lost(DataSnapshot before, DataSnapshot now)
    {
        var losses = new List<DataLoss>();
        foreach (var (name, was) in before.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (was.Rows.IsEmpty)
            {
                continue;
            }

            if (!now.Tables.TryGetValue(name, out var current))
            {
                losses.Add(new DataLoss(DataLossKind.TableGone, name, null, was.Rows.Length, $"table {name} is gone with its {Rows(was.Rows.Length)}"));
                continue;
            }

            var columns = was.Rows[0].Keys.Order(StringComparer.Ordinal).ToList();
            var present = current.Rows.IsEmpty ? [.. columns] : current.Rows[0].Keys.ToHashSet(StringComparer.Ordinal);
            var kept = columns.Where(present.Contains).ToList();
            foreach (var column in columns.Where(c => !present.Contains(c)))
            {
                var values = was.Rows.Count(r => r[column] is not null);
                if (values > 0)
                {
                    losses.Add(new DataLoss(DataLossKind.ColumnGone, name, column, values, $"column {name}.{column} is gone with its {Values(values)}"));
                }
            }

            var key = was.Key.All(present.Contains) && !was.Key.IsEmpty ? [.. was.Key] : kept;
            var remaining = current.Rows.GroupBy(r => Identity(r, key)).ToDictionary(g => g.Key, g => new Queue<IReadOnlyDictionary<string, string?>>(g));
            var gone = 0;
            var emptied = new Dictionary<string, int>(StringComparer.Ordinal);
            var changed = new Dictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
            foreach (var row in was.Rows)
            {
                if (!remaining.TryGetValue(Identity(row, key), out var matches) || matches.Count == 0)
                {
                    gone++;
                    continue;
                }

                var match = matches.Dequeue();
                foreach (var column in kept.Where(c => row[c] is not null && row[c] != match[c]))
                {
                    if (match[column] is null)
                    {
                        emptied[column] = emptied.GetValueOrDefault(column) + 1;
                    }
                    else
                    {
                        var (count, example) = changed.GetValueOrDefault(column, (0, $"{row[column]} became {match[column]}"));
                        changed[column] = (count + 1, example);
                    }
                }
            }

            if (gone > 0)
            {
                losses.Add(new DataLoss(DataLossKind.RowsGone, name, null, gone, $"{gone} of the {Rows(was.Rows.Length)} of {name} {(gone == 1 ? "is" : "are")} gone"));
            }

            losses.AddRange(emptied.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
                new DataLoss(DataLossKind.ValuesEmptied, name, e.Key, e.Value, $"{Values(e.Value)} of {name}.{e.Key} {(e.Value == 1 ? "is" : "are")} now NULL")));
            losses.AddRange(changed.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
                new DataLoss(DataLossKind.ValuesChanged, name, e.Key, e.Value.Count, $"{Values(e.Value.Count)} of {name}.{e.Key} changed (e.g. {e.Value.Example})")));
        }

        return losses;
    }

    private static string Identity(IReadOnlyDictionary<string, string?> row, IReadOnlyList<string> columns) =>
        string.Join("\u0001", columns.Select(c => row.GetValueOrDefault(c) ?? "\u0000"));

    private static string Rows(int count) => count == 1 ? "1 seeded row" : $"{count} seeded rows";

    private static string Values(int count) => count == 1 ? "1 seeded value" : $"{count} seeded values";
}
