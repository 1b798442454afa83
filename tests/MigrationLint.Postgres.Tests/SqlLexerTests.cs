using System.Text;
using MigrationLint.Postgres.Native;
using MigrationLint.Postgres.Translation;
using MigrationLint.Testing;

namespace MigrationLint.Postgres.Tests;

public sealed class SqlLexerTests
{
    [TestCase("ALTER TABLE t ADD c int   ", "ALTER TABLE t ADD c int")]
    [TestCase("ALTER TABLE t ADD c int -- why\n", "ALTER TABLE t ADD c int")]
    [TestCase("ALTER TABLE t ADD c int /* why\n  and how */ \n", "ALTER TABLE t ADD c int")]
    [TestCase("COMMENT ON TABLE t IS 'a -- b'  ", "COMMENT ON TABLE t IS 'a -- b'")]
    [TestCase("SELECT $$ body\n$$ ", "SELECT $$ body\n$$")]
    [TestCase("SELECT 1 ;; ", "SELECT 1")]
    [TestCase("   ", "")]
    [TestCase("DROP TABLE foo\u00a0 ", "DROP TABLE foo\u00a0")]
    public void A_span_ends_at_the_last_token(string sql, string expected) =>
        Assert.That(sql[..SqlLexer.TrimEnd(sql, 0, sql.Length)], Is.EqualTo(expected));

    /// <summary>
    /// The shortcut that reads only the end of a statement gives what lexing it from the start gives,
    /// for every statement of every fixture and (when present) of the corpus.
    /// </summary>
    [Test]
    public void Trimming_from_the_end_agrees_with_lexing_from_the_start()
    {
        var files = new[] { RepositoryPaths.Fixtures("postgres"), RepositoryPaths.Corpus }
            .OfType<string>()
            .SelectMany(root => Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories))
            .ToList();
        var statements = 0;
        var differing = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var (bounds, failure) = PgQuery.Split(text, useScanner: false);
            if (failure is not null)
            {
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var statement in bounds)
            {
                var start = Encoding.UTF8.GetCharCount(bytes, 0, statement.ByteOffset);
                var end = statement.ByteLength == 0 ? text.Length : Encoding.UTF8.GetCharCount(bytes, 0, statement.ByteOffset + statement.ByteLength);
                start = SqlLexer.SkipTrivia(text, start, end);
                statements++;
                if (SqlLexer.TrimEnd(text, start, end) != SqlLexer.TrimEndLexing(text, start, end))
                {
                    differing.Add($"{file} at character {start}");
                }
            }
        }

        Assert.That(statements, Is.GreaterThan(1000));
        Assert.That(differing, Is.Empty);
    }
}
