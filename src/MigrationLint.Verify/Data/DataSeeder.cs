using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace MigrationLint.Verify.Data;

/// <summary>
/// Puts a few generated rows into every table, parents before children so foreign keys point at real
/// rows. Values follow each column's type (enum labels, the string literals of CHECK constraints on
/// it, uuids, dates, JSON, arrays…) and differ per row, so unique constraints hold; identity, serial
/// and generated columns are left to the server. A row the server still refuses is skipped and said
/// so: seeding is evidence, not a requirement.
/// </summary>
public static partial class DataSeeder
{
    private sealed record Column(string Name, string Type, bool NotNull, bool Automatic, bool HasDefault, string BaseType, char Category, string[] Labels, string? ElementType, string[] ElementLabels);

    private sealed record ForeignKey(string[] Columns, string Parent, string[] ParentColumns);

    /// <summary>Seeds <paramref name="tables"/> with <paramref name="rows"/> rows each; returns what could not be seeded, one line each.</summary>
    public static IReadOnlyList<string> Seed(NpgsqlConnection connection, IReadOnlyList<string> tables, int rows, CancellationToken cancellation)
    {
        var notes = new List<string>();
        var keys = tables.ToDictionary(t => t, t => ForeignKeys(connection, t, cancellation), StringComparer.Ordinal);
        foreach (var table in ParentsFirst(tables, keys))
        {
            var columns = Columns(connection, table, cancellation);
            var literals = CheckLiterals(connection, table, cancellation);
            var seeded = 0;
            string? refusal = null;
            for (var row = 0; row < rows; row++)
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                var possible = true;
                foreach (var key in keys[table])
                {
                    var parentRow = key.Parent == table ? null : ParentRow(connection, key, row, cancellation);
                    for (var i = 0; i < key.Columns.Length; i++)
                    {
                        var column = columns.FirstOrDefault(c => c.Name == key.Columns[i]);
                        if (column is null)
                        {
                            continue;
                        }

                        if (parentRow?[i] is { } value)
                        {
                            values[column.Name] = Cast(value, column.Type);
                        }
                        else if (column.NotNull)
                        {
                            possible = false;
                        }
                        else
                        {
                            values[column.Name] = "NULL";
                        }
                    }
                }

                if (!possible)
                {
                    refusal = "a NOT NULL foreign key has no parent row to point at";
                    break;
                }

                foreach (var column in columns.Where(c => !c.Automatic && !values.ContainsKey(c.Name)))
                {
                    if (Value(column, table, row, literals) is { } value)
                    {
                        values[column.Name] = value;
                    }
                    else if (!column.HasDefault && column.NotNull)
                    {
                        possible = false;
                    }
                }

                if (!possible)
                {
                    refusal = "a NOT NULL column has a type verify cannot generate values for";
                    break;
                }

                if (Insert(connection, table, values, cancellation) is { } error)
                {
                    refusal = error;
                    continue;
                }

                seeded++;
            }

            if (seeded < rows)
            {
                notes.Add($"{table}: seeded {seeded} of {rows} rows ({refusal})");
            }
        }

        return notes;
    }

    private static string? Insert(NpgsqlConnection connection, string table, Dictionary<string, string> values, CancellationToken cancellation)
    {
        var sql = values.Count == 0
            ? $"INSERT INTO {table} DEFAULT VALUES"
            : $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Values)})";
        try
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQueryAsync(cancellation).GetAwaiter().GetResult();
            return null;
        }
        catch (PostgresException refused)
        {
            return refused.MessageText;
        }
    }

    /// <summary>A value for row <paramref name="row"/>: an SQL literal cast to the column's type (a cast, not a check, so varchar(n) truncates).</summary>
    private static string? Value(Column column, string table, int row, IReadOnlyDictionary<string, string[]> checkLiterals)
    {
        if (checkLiterals.TryGetValue(Unquote(column.Name), out var allowed) && allowed.Length > 0)
        {
            return Cast(allowed[row % allowed.Length], column.Type);
        }

        if (column.Labels.Length > 0)
        {
            return Cast(column.Labels[row % column.Labels.Length], column.Type);
        }

        if (column.Category == 'A')
        {
            var element = column.ElementLabels.Length > 0
                ? column.ElementLabels[row % column.ElementLabels.Length]
                : Scalar(column.ElementType ?? "text", ElementCategory(column.ElementType), table, column.Name, row);
            return element is null ? null : $"ARRAY[{Cast(element, column.ElementType ?? "text")}]::{column.Type}";
        }

        var scalar = Scalar(column.BaseType, column.Category, table, column.Name, row);
        return scalar is null ? null : Cast(scalar, column.Type);
    }

    /// <summary>Text PostgreSQL can read as a value of the type, different for each row.</summary>
    private static string? Scalar(string type, char category, string table, string column, int row)
    {
        var n = row + 1;
        return type switch
        {
            "bool" => row % 2 == 0 ? "true" : "false",
            "uuid" => $"{Hash(table + "." + column):x8}-0000-4000-8000-{n:x12}",
            "date" => $"2026-01-{n:00}",
            "timestamp" or "timestamptz" => $"2026-01-{n:00} 10:{n:00}:00+00",
            "time" or "timetz" => $"10:{n:00}:00",
            "interval" => $"{n} days",
            "json" or "jsonb" => $"{{\"seed\": {n}}}",
            "bytea" => $"\\x{n:x2}",
            "inet" => $"10.0.0.{n}",
            "cidr" => $"10.0.{n}.0/24",
            "macaddr" => $"08:00:2b:01:02:{n:x2}",
            "money" => $"{n}.00",
            "bit" or "varbit" => "1",
            "xml" => $"<seed n=\"{n}\"/>",
            "tsvector" => $"seed{n}",
            "point" => $"({n},{n})",
            _ => category switch
            {
                'N' => n.ToString(CultureInfo.InvariantCulture),
                'S' => $"{n}-{Unquote(column)}",
                _ => null,
            },
        };
    }

    private static char ElementCategory(string? type) => type switch
    {
        null or "text" or "character varying" or "varchar" or "name" or "citext" => 'S',
        "integer" or "bigint" or "smallint" or "numeric" or "real" or "double precision" => 'N',
        _ => 'X',
    };

    private static string Cast(string value, string type) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'::{type}";

    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static string Unquote(string name) =>
        name.Length > 1 && name[0] == '"' ? name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : name;

    /// <summary>Parents before children; a cycle (rare) keeps name order for what is left.</summary>
    private static List<string> ParentsFirst(IReadOnlyList<string> tables, Dictionary<string, List<ForeignKey>> keys)
    {
        var ordered = new List<string>();
        var pending = tables.Order(StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => keys[t].All(k => k.Parent == t || !pending.Contains(k.Parent))).ToList();
            if (ready.Count == 0)
            {
                ready = [pending[0]];
            }

            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    private static string?[]? ParentRow(NpgsqlConnection connection, ForeignKey key, int row, CancellationToken cancellation)
    {
        var columns = string.Join(", ", key.ParentColumns.Select(c => c + "::text"));
        using var command = new NpgsqlCommand($"SELECT {columns} FROM {key.Parent} ORDER BY {string.Join(", ", key.ParentColumns)}", connection);
        using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, key.ParentColumns.Length).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))]);
        }

        return rows.Count == 0 ? null : rows[row % rows.Count];
    }

    private static List<Column> Columns(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT format('%I', a.attname), format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%',
                   d.adbin IS NOT NULL,
                   bt.typname, bt.typcategory::text,
                   coalesce((SELECT string_agg(e.enumlabel, E'\x1f' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = bt.oid), ''),
                   CASE WHEN et.oid IS NOT NULL THEN format_type(et.oid, NULL) END,
                   coalesce((SELECT string_agg(e.enumlabel, E'\x1f' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = et.oid), '')
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
            LEFT JOIN pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A'
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = to_regclass(@t) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum
            """, connection);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
        var columns = new List<Column>();
        while (reader.Read())
        {
            columns.Add(new Column(
                reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetBoolean(4),
                reader.GetString(5), reader.GetString(6)[0], Split(reader.GetString(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8), Split(reader.GetString(9))));
        }

        return columns;
    }

    private static string[] Split(string labels) => labels.Length == 0 ? [] : labels.Split('\x1f');

    private static List<ForeignKey> ForeignKeys(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT (SELECT array_agg(format('%I', a.attname) ORDER BY x.n) FROM unnest(k.conkey) WITH ORDINALITY x(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum),
                   k.confrelid::regclass::text,
                   (SELECT array_agg(format('%I', a.attname) ORDER BY x.n) FROM unnest(k.confkey) WITH ORDINALITY x(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum)
            FROM pg_constraint k WHERE k.conrelid = to_regclass(@t) AND k.contype = 'f'
            """, connection);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
        var keys = new List<ForeignKey>();
        while (reader.Read())
        {
            keys.Add(new ForeignKey(reader.GetFieldValue<string[]>(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)));
        }

        return keys;
    }

    /// <summary>The string literals of each column's CHECK constraints (kind IN ('acme', 'vault')): values the constraint accepts.</summary>
    private static Dictionary<string, string[]> CheckLiterals(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT a.attname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
            WHERE k.conrelid = to_regclass(@t) AND k.contype = 'c' AND cardinality(k.conkey) = 1
            """, connection);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
        var literals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            // Only lists and equalities name accepted values; a literal elsewhere (status <> 'deleted') may be the one refused.
            var definition = reader.GetString(1);
            if (!definition.Contains("= ANY", StringComparison.Ordinal) && !definition.Contains(" = '", StringComparison.Ordinal))
            {
                continue;
            }

            var found = StringLiteral().Matches(definition).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).Distinct().ToArray();
            if (found.Length > 0)
            {
                literals[reader.GetString(0)] = found;
            }
        }

        return literals;
    }

    [GeneratedRegex("'((?:[^']|'')*)'")]
    private static partial Regex StringLiteral();
}
