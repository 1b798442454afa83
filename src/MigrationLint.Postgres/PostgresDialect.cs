using System.Text;
using MigrationLint.Core.Dialects;
using MigrationLint.Core.Model;

namespace MigrationLint.Postgres;

/// <summary>PostgreSQL: case-sensitive names (the parser already folded unquoted ones), <c>public</c> by default.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    /// <summary>PostgreSQL truncates identifiers to NAMEDATALEN - 1 bytes.</summary>
    private const int MaxIdentifierBytes = 63;

    private PostgresDialect()
    {
    }

    public override string Name => "postgres";

    public override string DefaultSchema => "public";

    public override bool CaseInsensitiveNames => false;

    public override TypeChange ClassifyTypeChange(ColumnType from, ColumnType to) => PostgresTypeChanges.Classify(from, to);

    public override bool IsTextType(ColumnType type) => type.ArrayDimensions == 0 && PostgresTypeChanges.IsText(type.Name);

    /// <summary>PostgreSQL's own naming: <c>t_pkey</c>, <c>t_a_b_key</c>, <c>t_a_fkey</c>, <c>t_a_check</c>, <c>t_a_excl</c>.</summary>
    public override string? ImplicitConstraintName(ObjectName table, ConstraintKind kind, IReadOnlyList<string> columns) => kind switch
    {
        ConstraintKind.PrimaryKey => MakeObjectName(table.Name, null, "pkey"),
        ConstraintKind.Unique => MakeObjectName(table.Name, string.Join('_', columns), "key"),
        ConstraintKind.ForeignKey => MakeObjectName(table.Name, string.Join('_', columns), "fkey"),
        ConstraintKind.Check => MakeObjectName(table.Name, columns.Count == 1 ? columns[0] : null, "check"),
        ConstraintKind.Exclusion => MakeObjectName(table.Name, string.Join('_', columns), "excl"),
        _ => null,
    };

    public override string? ImplicitIndexName(ObjectName table, IReadOnlyList<string> columns) =>
        MakeObjectName(table.Name, string.Join('_', columns), "idx");

    public override ConstraintKind? GuessConstraintKind(string constraintName)
    {
        var name = constraintName.ToLowerInvariant();
        if (name.EndsWith("_pkey", StringComparison.Ordinal) || name.StartsWith("pk_", StringComparison.Ordinal))
        {
            return ConstraintKind.PrimaryKey;
        }

        if (name.EndsWith("_fkey", StringComparison.Ordinal) || name.StartsWith("fk_", StringComparison.Ordinal))
        {
            return ConstraintKind.ForeignKey;
        }

        if (name.EndsWith("_key", StringComparison.Ordinal) || name.StartsWith("uq_", StringComparison.Ordinal)
            || name.StartsWith("uk_", StringComparison.Ordinal))
        {
            return ConstraintKind.Unique;
        }

        if (name.EndsWith("_check", StringComparison.Ordinal) || name.StartsWith("ck_", StringComparison.Ordinal)
            || name.StartsWith("chk_", StringComparison.Ordinal))
        {
            return ConstraintKind.Check;
        }

        return name.EndsWith("_excl", StringComparison.Ordinal) ? ConstraintKind.Exclusion : null;
    }

    public override bool? GuessIndexIsUnique(string indexName)
    {
        var name = indexName.ToLowerInvariant();
        return name.Contains("uniq", StringComparison.Ordinal) || name.EndsWith("_key", StringComparison.Ordinal) ? true : null;
    }

    /// <summary>
    /// PostgreSQL's makeObjectName: name1[_name2]_label, shortening the longer of name1 and name2
    /// until the whole fits in 63 bytes.
    /// </summary>
    private static string MakeObjectName(string name1, string? name2, string label)
    {
        var overhead = label.Length + 1 + (name2 is null ? 0 : 1);
        var available = MaxIdentifierBytes - overhead;
        var name1Length = Encoding.UTF8.GetByteCount(name1);
        var name2Length = name2 is null ? 0 : Encoding.UTF8.GetByteCount(name2);
        while (name1Length + name2Length > available)
        {
            if (name1Length > name2Length)
            {
                name1Length--;
            }
            else
            {
                name2Length--;
            }
        }

        var result = Truncate(name1, name1Length);
        if (name2 is not null)
        {
            result += "_" + Truncate(name2, name2Length);
        }

        return result + "_" + label;
    }

    private static string Truncate(string text, int bytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= bytes)
        {
            return text;
        }

        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > bytes)
            {
                break;
            }

            used += rune.Utf8SequenceLength;
            result.Append(rune.ToString());
        }

        return result.ToString();
    }
}
