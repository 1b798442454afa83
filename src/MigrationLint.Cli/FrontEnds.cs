using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Postgres;
using MigrationLint.SqlServer;

namespace MigrationLint.Cli;

/// <summary>
/// The front ends the command line can read with, and which one reads each folder (one dialect per
/// folder, so one catalog): the dialect asked for; else what the folder's file names say
/// (Flyway's <c>___SQL_SERVER</c>, Ory's <c>.sqlserver.</c>/<c>.mssql.</c>, <c>.postgres.</c>);
/// else SQL Server when a script carries unmistakable T-SQL (<see cref="TSqlMarkers"/>); else PostgreSQL.
/// </summary>
internal sealed class FrontEnds : IFrontEndProvider
{
    private readonly string? _dialect;
    private readonly PostgresFrontEnd _postgres = new();
    private readonly SqlServerFrontEnd _sqlServer = new();

    /// <param name="dialect"><c>auto</c>, <c>postgres</c> or <c>sqlserver</c>, as <c>--dialect</c> takes it.</param>
    public FrontEnds(string dialect)
    {
        _dialect = dialect == "auto" ? null : dialect;
    }

    /// <summary>
    /// Discovery's options: a chosen dialect picks its variants of a migration; with none chosen, no
    /// dialect's variants are dropped, so a SQL Server folder beside a PostgreSQL one keeps its files.
    /// </summary>
    public DiscoveryOptions Discovery => new(_dialect);

    public FrontEndChoice ForSet(MigrationSet set)
    {
        if (_dialect is not null)
        {
            return new(ForDialect(_dialect));
        }

        var hinted = set.Migrations.Select(m => m.DialectHint).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (hinted.Contains(DialectNames.Postgres))
        {
            return new(_postgres);
        }

        if (hinted.Contains(DialectNames.SqlServer))
        {
            return new(_sqlServer);
        }

        // PostgreSQL unless some script carries unmistakable T-SQL: the scripts are looked at as
        // they are read for parsing, not in a pass of their own.
        return new(_postgres, static source => TSqlMarkers.Find(source.Text) is not null, _sqlServer);
    }

    /// <summary>The SQL front end of a dialect (EF Core's Sql() calls are read with it).</summary>
    public IFrontEnd ForDialect(string dialect) => dialect == DialectNames.SqlServer ? _sqlServer : _postgres;
}
