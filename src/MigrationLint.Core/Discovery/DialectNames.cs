namespace MigrationLint.Core.Discovery;

/// <summary>The dialect words that file names use, mapped to the dialects MigrationLint reads.</summary>
public static class DialectNames
{
    public const string Postgres = "postgres";
    public const string SqlServer = "sqlserver";

    /// <summary>Our dialect for a word from a file name, "" for a dialect we do not read, null for no dialect word.</summary>
    public static string? FromFileNameWord(string? word) => word?.ToLowerInvariant() switch
    {
        null or "" => null,
        "postgres" or "postgresql" or "pg" => Postgres,
        "sqlserver" or "sql_server" or "mssql" => SqlServer,
        _ => string.Empty,
    };

    /// <summary>
    /// Which of several variants of the same migration runs: the one for the dialect in use, else the
    /// dialect-neutral one; with no dialect chosen yet, PostgreSQL's, then SQL Server's.
    /// Variants for dialects we do not read (MySQL, SQLite, CockroachDB) never run here.
    /// </summary>
    public static T? ChooseVariant<T>(IEnumerable<T> variants, Func<T, string?> dialectOf, string? preferredDialect)
        where T : class
    {
        // One pass, keeping the first variant of each dialect that can run.
        T? preferred = null, neutral = null, postgres = null, sqlServer = null;
        foreach (var variant in variants)
        {
            var dialect = dialectOf(variant);
            if (preferredDialect is not null && dialect == preferredDialect)
            {
                preferred ??= variant;
            }

            switch (dialect)
            {
                case null:
                    neutral ??= variant;
                    break;
                case Postgres:
                    postgres ??= variant;
                    break;
                case SqlServer:
                    sqlServer ??= variant;
                    break;
            }
        }

        return preferredDialect is not null ? preferred ?? neutral : postgres ?? neutral ?? sqlServer;
    }
}
