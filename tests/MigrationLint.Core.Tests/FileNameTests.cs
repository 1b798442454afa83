using System.Text;
using System.Text.RegularExpressions;
using MigrationLint.Core.Discovery;

namespace MigrationLint.Core.Tests;

/// <summary>The hand-written file-name readers answer exactly as the regular expressions they replace.</summary>
public sealed partial class FileNameTests
{
    [GeneratedRegex(
        @"^(?<version>\d+)(?:_(?<name>.*?))?(?:\.(?<dialect>postgres|postgresql|mysql|sqlite3?|cockroach|cockroachdb|sqlserver|mssql))?(?:\.autocommit)?\.(?<direction>up|down)\.sql$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GolangMigratePattern();

    private static readonly string[] Pieces =
    [
        "0", "1", "20210101", "\u0663", "_", "__", ".", "-", "x", "init", "K", "\u212A", "\n", " ",
        "up", "UP", "Up", "down", "DOWN", "sql", "SQL", "Sql", "s\u212Aql", "postgres", "POSTGRES", "postgresql", "pg",
        "mysql", "sqlite", "sqlite3", "cockroach", "cockroachdb", "COC\u212AROACH", "sqlserver", "mssql", "autocommit", "AUTOCOMMIT",
        ".up.sql", ".down.sql", ".UP.SQL", ".postgres", ".autocommit", ".sql", ".go",
    ];

    private static IEnumerable<string> Names()
    {
        string[] known =
        [
            "000001_init.up.sql", "000001_init.down.sql", "1.up.sql", "1_.up.sql", "1_x.up.sql\n", "1_a\nb.up.sql",
            "20210101000000000000_init.postgres.up.sql", "20210101000000000000_init.postgresql.autocommit.up.sql",
            "1_x.sqlite3.down.sql", "1_x.sqlite.down.sql", "1_x.cockroachdb.up.sql", "1_x.mysql.autocommit.UP.SQL",
            "1_x.postgres.postgres.up.sql", "1_x.autocommit.autocommit.up.sql", "1_x.up.sql.up.sql", "\u0663_x.up.sql",
            "1_x.COC\u212AROACH.up.sql", "1_x.up.sqlx", "1_x.up.sql\n\n", "x_1.up.sql", "1", "1_", "",
        ];
        foreach (var name in known)
        {
            yield return name;
        }

        // Random pieces, half of the names shaped like a migration (digits, name, dotted suffixes) so
        // that matches are as common as misses.
        var random = new Random(20261126);
        string Piece() => Pieces[random.Next(Pieces.Length)];
        for (var i = 0; i < 200_000; i++)
        {
            var name = new StringBuilder();
            var shaped = i % 2 == 0;
            if (shaped)
            {
                name.Append(random.Next(2) == 0 ? "0001" : "1").Append(random.Next(4) == 0 ? "." : "_");
            }

            for (var n = random.Next(shaped ? 0 : 1, shaped ? 3 : 8); n > 0; n--)
            {
                name.Append(Piece());
            }

            for (var n = shaped ? random.Next(0, 3) : 0; n > 0; n--)
            {
                name.Append('.').Append(Piece());
            }

            if (shaped)
            {
                name.Append(random.Next(3) switch { 0 => ".up.sql", 1 => ".DOWN.Sql", _ => Piece() });
            }

            yield return name.ToString();
        }
    }

    [Test]
    public void Golang_migrate_names_are_read_as_the_pattern_reads_them()
    {
        var matched = 0;
        foreach (var name in Names())
        {
            var match = GolangMigratePattern().Match(name);
            var expected = match.Success
                ? new GolangMigrateFileName(
                    match.Groups["version"].Value,
                    match.Groups["name"].Value,
                    match.Groups["dialect"].Value,
                    match.Groups["direction"].Value.Equals("up", StringComparison.OrdinalIgnoreCase))
                : (GolangMigrateFileName?)null;
            matched += match.Success ? 1 : 0;

            Assert.That(GolangMigrateFileName.Parse(name), Is.EqualTo(expected), name);
        }

        Assert.That(matched, Is.GreaterThan(20_000), "the generated names exercise matches, not only misses");
    }
}
