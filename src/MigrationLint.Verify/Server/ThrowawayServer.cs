using System.Globalization;
using Npgsql;

namespace MigrationLint.Verify.Server;

/// <summary>
/// A PostgreSQL server that exists only for one verify run (or one test fixture): initdb into a
/// temporary folder, started with pg_ctl listening only on a Unix socket inside that folder (no TCP
/// port, nothing on the network; the folder is private to the server's account), and stopped and
/// removed on <see cref="Dispose"/>: pg_ctl stop first, the postmaster and its children killed if that
/// fails, then the folder deleted. Servers still running when the process exits are stopped too.
/// </summary>
public sealed class ThrowawayServer : IDatabaseHost
{
    private const string Superuser = "migrationlint";
    private const int SocketPort = 5432;

    private static readonly object LiveLock = new();
    private static readonly HashSet<ThrowawayServer> Live = [];
    private static bool _exitHookInstalled;

    private readonly PostgresBinaries _binaries;
    private readonly ServerAccount _account;
    private int _databases;
    private int _stopped;

    private ThrowawayServer(PostgresBinaries binaries, ServerAccount account, string folder)
    {
        _binaries = binaries;
        _account = account;
        Folder = folder;
    }

    /// <summary>The temporary folder: the data directory, the log and the socket live here.</summary>
    public string Folder { get; }

    public string DataDirectory => Path.Combine(Folder, "data");

    /// <summary>The postmaster's process id, once started.</summary>
    public int? PostmasterPid { get; private set; }

    public string Version { get; private set; } = "PostgreSQL";

    public string Description => $"a throwaway {Version} server (removed afterwards)";

    public bool MakesFreshDatabases => true;

    /// <summary>Starts a server; on any failure nothing is left behind and a <see cref="VerifyException"/> says why.</summary>
    public static ThrowawayServer Start(PostgresBinaries binaries, CancellationToken cancellation)
    {
        var account = ServerAccount.ForThisProcess(cancellation);
        var server = new ThrowawayServer(binaries, account, NewFolder());
        Register(server);
        try
        {
            server.Initialize(cancellation);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A connection string for one database of this server, over the socket.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Folder,
        Port = SocketPort,
        Username = Superuser,
        Database = database,
        Pooling = false,
        Timezone = "UTC",
        IncludeErrorDetail = true,
        CommandTimeout = 600,
    }.ConnectionString;

    /// <summary>A new, empty database (from template0, so nothing a test did to template1 leaks in).</summary>
    public string OpenDatabase(CancellationToken cancellation)
    {
        var name = $"verify_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection);
            create.ExecuteNonQueryAsync(cancellation).GetAwaiter().GetResult();
        }

        return ConnectionString(name);
    }

    private void Initialize(CancellationToken cancellation)
    {
        _account.Own(Folder, cancellation);
        var initdb = RunAsAccount(_binaries.InitDb, ["-D", DataDirectory, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], TimeSpan.FromMinutes(2), cancellation);
        if (!initdb.Succeeded)
        {
            var hint = _account.UserName is { } user ? $" (it runs as {user}, who must be able to reach {Folder}: set TMPDIR to a folder it can)" : string.Empty;
            throw new VerifyException($"initdb failed: {LastLines(initdb.Output)}{hint}");
        }

        // Settings go into the configuration file rather than pg_ctl -o, which goes through a shell.
        File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"), string.Join('\n',
            "",
            "# migrationlint verify: a private, disposable server",
            "listen_addresses = ''",
            $"unix_socket_directories = '{Folder.Replace("'", "''", StringComparison.Ordinal)}'",
            "unix_socket_permissions = 0700",
            $"port = {SocketPort}",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "max_connections = 30",
            "timezone = 'UTC'",
            ""));
        var log = Path.Combine(Folder, "server.log");
        var start = RunAsAccount(_binaries.PgCtl, ["start", "-D", DataDirectory, "-l", log, "-w", "-t", "60", "-s"], TimeSpan.FromSeconds(90), cancellation);
        PostmasterPid = ReadPostmasterPid();
        if (!start.Succeeded)
        {
            var serverLog = File.Exists(log) ? File.ReadAllText(log) : string.Empty;
            throw new VerifyException($"the PostgreSQL server would not start: {LastLines(start.Output + "\n" + serverLog)}");
        }

        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        Version = "PostgreSQL " + connection.PostgreSqlVersion.ToString(2);
    }

    private ProcessResult RunAsAccount(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellation)
    {
        var (command, commandArguments) = _account.Command(program, arguments);
        return ProcessRunner.Run(command, commandArguments, Folder, timeout, cancellation);
    }

    private int? ReadPostmasterPid()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        try
        {
            var first = File.Exists(pidFile) ? File.ReadLines(pidFile).FirstOrDefault() : null;
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Stops the server and removes its folder; safe to call more than once and from the exit hook.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            PostmasterPid ??= ReadPostmasterPid();
            if (PostmasterPid is { } pid && ServerProcesses.IsAlive(pid))
            {
                // Immediate: nothing here is worth a checkpoint. Never cancelled: this is the cleanup.
                RunAsAccount(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "20", "-s"], TimeSpan.FromSeconds(30), CancellationToken.None);
                if (!ServerProcesses.WaitForExit(pid, TimeSpan.FromSeconds(5)))
                {
                    ServerProcesses.KillTree(pid);
                }
            }
        }
        finally
        {
            RemoveFolder();
            lock (LiveLock)
            {
                Live.Remove(this);
            }
        }
    }

    private void RemoveFolder()
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(Folder); attempt++)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A process still closing its files: try again shortly.
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>Under the temporary folder, unless its path is too long for a Unix socket (about 100 bytes).</summary>
    private static string NewFolder()
    {
        var name = "migrationlint-pg-" + Guid.NewGuid().ToString("N")[..12];
        var parent = Path.GetTempPath();
        if (Path.Combine(parent, name, $".s.PGSQL.{SocketPort}.lock").Length > 100)
        {
            parent = "/tmp";
        }

        var folder = Path.Combine(parent, name);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            // Private to the server's account: the socket inside accepts anyone who can reach it.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return folder;
    }

    private static void Register(ThrowawayServer server)
    {
        lock (LiveLock)
        {
            Live.Add(server);
            if (!_exitHookInstalled)
            {
                // The last resort when the process ends without unwinding (an unhandled exception, Environment.Exit).
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
                _exitHookInstalled = true;
            }
        }
    }

    /// <summary>Stops every server this process started and has not stopped yet.</summary>
    public static void StopAll()
    {
        ThrowawayServer[] running;
        lock (LiveLock)
        {
            running = [.. Live];
        }

        foreach (var server in running)
        {
            server.Dispose();
        }
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.TakeLast(4));
    }
}
