namespace MigrationLint.Verify.Server;

/// <summary>Where verify runs migrations: a throwaway server it started, or a database the user named.</summary>
public interface IDatabaseHost : IDisposable
{
    /// <summary>What the report says the migrations ran on.</summary>
    string Description { get; }

    /// <summary>Whether <see cref="OpenDatabase"/> gives a new, empty database every time.</summary>
    bool MakesFreshDatabases { get; }

    /// <summary>A connection string to a database for one verification.</summary>
    string OpenDatabase(CancellationToken cancellation);
}
