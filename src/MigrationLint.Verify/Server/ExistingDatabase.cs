using Npgsql;

namespace MigrationLint.Verify.Server;

/// <summary>
/// A database the user named with --database. Verify applies migrations and runs downs in it, so it
/// is refused unless it holds no table of its own, or the user said --allow-existing-data.
/// </summary>
public sealed class ExistingDatabase : IDatabaseHost
{
    private readonly string _connectionString;

    private ExistingDatabase(string connectionString, string description)
    {
        _connectionString = connectionString;
        Description = description;
    }

    public string Description { get; }

    public bool MakesFreshDatabases => false;

    public static ExistingDatabase Open(string connectionString, bool allowExistingData, CancellationToken cancellation)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException bad)
        {
            throw new VerifyException($"--database: not a connection string ({bad.Message}); e.g. \"Host=localhost;Database=verify;Username=me\"");
        }

        builder.Timezone ??= "UTC";
        builder.IncludeErrorDetail = true;
        var where = $"database {builder.Database ?? "(default)"} on {builder.Host ?? "localhost"}";
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.OpenAsync(cancellation).GetAwaiter().GetResult();
            var tables = UserTables(connection);
            if (tables.Count > 0 && !allowExistingData)
            {
                throw new VerifyException(
                    $"{where} is not empty ({tables.Count} table{(tables.Count == 1 ? "" : "s")}, e.g. {string.Join(", ", tables.Take(3))}); " +
                    "verify applies migrations and runs downs in it: name an empty database, or pass --allow-existing-data if that is really what you want");
            }

            return new ExistingDatabase(builder.ConnectionString, $"{where} (PostgreSQL {connection.PostgreSqlVersion.ToString(2)})");
        }
        catch (NpgsqlException cannot)
        {
            throw new VerifyException($"cannot connect to {where}: {cannot.Message}", cannot);
        }
    }

    public string OpenDatabase(CancellationToken cancellation) => _connectionString;

    /// <summary>Tables outside the system schemas and not owned by an extension.</summary>
    private static List<string> UserTables(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'f')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY 1
            """, connection);
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public void Dispose()
    {
        // The user's database stays; nothing of ours to stop.
    }
}
