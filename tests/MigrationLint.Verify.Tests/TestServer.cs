using MigrationLint.Verify.Server;

namespace MigrationLint.Verify.Tests;

/// <summary>
/// The throwaway server a fixture shares (one per fixture; a fresh database per test). Without
/// PostgreSQL's server programs the fixture is skipped, saying what to install.
/// </summary>
internal static class TestServer
{
    public const string Missing =
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed, so verify's tests cannot start a server: apt-get install postgresql (scripts/setup.sh does)";

    public static PostgresBinaries BinariesOrIgnore()
    {
        var binaries = PostgresBinaries.Find();
        if (binaries is null)
        {
            Assert.Ignore(Missing);
        }

        return binaries!;
    }

    public static ThrowawayServer StartOrIgnore() => ThrowawayServer.Start(BinariesOrIgnore(), CancellationToken.None);
}
