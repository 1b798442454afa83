using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;

namespace MigrationLint.Verify.Data;

/// <summary>
/// Reads tables' rows as JSON (to_jsonb of the row: every column, in the server's own text form), so
/// rows compare across type changes that keep values (varchar→text) and show those that do not.
/// </summary>
public static class DataReader
{
    /// <summary>At most this many rows per table: seeded tables hold a handful; a real copy is only sampled.</summary>
    private const int RowLimit = 10_000;

    public static DataSnapshot Read(NpgsqlConnection connection, IEnumerable<string> tables, CancellationToken cancellation)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, TableData>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (!Exists(connection, table, cancellation))
            {
                continue;
            }

            var rows = ImmutableArray.CreateBuilder<ImmutableDictionary<string, string?>>();
            using (var command = new NpgsqlCommand($"SELECT to_jsonb(t)::text FROM {table} t LIMIT {RowLimit}", connection))
            using (var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult())
            {
                while (reader.Read())
                {
                    rows.Add(Row(reader.GetString(0)));
                }
            }

            builder[table] = new TableData(table, PrimaryKey(connection, table, cancellation), rows.ToImmutable());
        }

        return new DataSnapshot(builder.ToImmutable());
    }

    private static bool Exists(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand("SELECT to_regclass(@t) IS NOT NULL", connection);
        command.Parameters.AddWithValue("t", table);
        return (bool)command.ExecuteScalarAsync(cancellation).GetAwaiter().GetResult()!;
    }

    private static ImmutableArray<string> PrimaryKey(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT a.attname FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = to_regclass(@t) AND i.indisprimary
            ORDER BY array_position(i.indkey::smallint[], a.attnum)
            """, connection);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
        var key = ImmutableArray.CreateBuilder<string>();
        while (reader.Read())
        {
            key.Add(reader.GetString(0));
        }

        return key.ToImmutable();
    }

    private static ImmutableDictionary<string, string?> Row(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToImmutableDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetRawText(),
            StringComparer.Ordinal);
    }
}
