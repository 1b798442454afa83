using System.Diagnostics;
using MigrationLint.Testing;
using MigrationLint.Verify.Server;
using Npgsql;
using CommandRun = MigrationLint.Cli.Tests.Cli;

namespace MigrationLint.Verify.Tests;

/// <summary>
/// The throwaway server: private (a Unix socket in a folder only its account can enter, no TCP
/// port), and gone afterwards — no postgres process, no socket, no folder — after a clean run, a
/// failing run, a server that will not start, and Ctrl-C.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ServerLifecycleTests
{
    private SampleBranches _sample = null!;

    [OneTimeSetUp]
    public void BuildHistory()
    {
        TestServer.BinariesOrIgnore();
        _sample = new SampleBranches();
        _sample.Branch("failing-down", "v1.2.0", ("000010_add_renewal_jobs_requested_by.down.sql", "DROP INDEX renewal_jobs_requested_by_idx;\n"));
        _sample.Branch("slow", "v1.2.0",
            ("000011_wait_for_backfill.up.sql", "SELECT pg_sleep(120);\n"),
            ("000011_wait_for_backfill.down.sql", "SELECT 1;\n"));
    }

    [OneTimeTearDown]
    public void RemoveHistory() => _sample?.Dispose();

    [Test]
    public void A_server_listens_only_on_its_private_socket_and_leaves_nothing_behind()
    {
        var server = TestServer.StartOrIgnore();
        int pid;
        try
        {
            pid = server.PostmasterPid!.Value;
            Assert.That(ServerProcesses.IsAlive(pid), Is.True);
            Assert.That(File.GetUnixFileMode(server.Folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(File.Exists(Path.Combine(server.Folder, ".s.PGSQL.5432")), Is.True, "the socket is in the server's folder");
            using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
            connection.Open();
            using var listen = new NpgsqlCommand("SHOW listen_addresses", connection);
            Assert.That(listen.ExecuteScalar(), Is.EqualTo(string.Empty), "no TCP listener");
            Assert.That(ListeningTcpSockets().Intersect(SocketsOf(pid)), Is.Empty, "the postmaster holds no listening TCP socket");
            Assert.That(ServerProcesses.Mentioning(server.Folder), Is.Not.Empty);
        }
        finally
        {
            server.Dispose();
        }

        Assert.That(ServerProcesses.IsAlive(pid), Is.False, "the postmaster is gone");
        Assert.That(ServerProcesses.Mentioning(server.Folder), Is.Empty, "no process of that server is left");
        Assert.That(Directory.Exists(server.Folder), Is.False, "the folder (data, socket, log) is removed");
    }

    [Test]
    public void A_failing_verify_run_leaves_no_server_behind()
    {
        using var temp = new TemporaryFolder();
        var result = WithTemp(temp.Path, () => CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "failing-down"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain("ML413 verify-down-fails"));
        AssertNothingLeftIn(temp.Path);
    }

    [Test]
    public void A_server_that_will_not_start_leaves_nothing_behind_and_says_why()
    {
        using var temp = new TemporaryFolder();
        var binaries = temp.Write("bin/initdb", "#!/bin/sh\necho 'initdb: cannot create the cluster here' >&2\nexit 1\n");
        temp.Write("bin/pg_ctl", "#!/bin/sh\nexit 1\n");
        foreach (var program in new[] { "initdb", "pg_ctl" })
        {
            File.SetUnixFileMode(Path.Combine(temp.Path, "bin", program), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var work = Path.Combine(temp.Path, "tmp");
        Directory.CreateDirectory(work);
        var result = WithTemp(work, () => CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--postgres-bin", Path.GetDirectoryName(binaries)!));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("initdb failed: initdb: cannot create the cluster here"));
        AssertNothingLeftIn(work);
    }

    [Test]
    public void Without_postgresql_verify_names_the_package_to_install()
    {
        var result = CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--postgres-bin", "/nonexistent/postgresql/bin");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("apt-get install postgresql"));
    }

    [Test]
    public void Ctrl_C_stops_and_removes_the_server()
    {
        using var temp = new TemporaryFolder();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _sample.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "migrationlint.dll"), "verify", "migrations", "--from", "v1.1.0", "--to", "slow" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = temp.Path;
        using var verify = Process.Start(start)!;
        var output = verify.StandardOutput.ReadToEndAsync();
        var error = verify.StandardError.ReadToEndAsync();

        // Wait until the slow up runs on the server, then interrupt as a person at the terminal would.
        var clock = Stopwatch.StartNew();
        while (!SlowUpIsRunning(temp.Path) && clock.Elapsed < TimeSpan.FromSeconds(60) && !verify.HasExited)
        {
            Thread.Sleep(100);
        }

        // (Reading error.Result here would wait for the process to end.)
        Assert.That(verify.HasExited, Is.False, "verify ended before it could be interrupted");
        Assert.That(SlowUpIsRunning(temp.Path), Is.True, "the slow up never started");
        // Ctrl-C is SIGINT; a run started in the background of a script inherits SIGINT ignored (so
        // does verify, as any program would), and there SIGTERM, which verify handles alike, stands in.
        Signal(SigIntIgnored() ? "TERM" : "INT", verify.Id);
        if (!verify.WaitForExit(60_000))
        {
            // Ended here so that what it wrote can be shown.
            verify.Kill(entireProcessTree: true);
            verify.WaitForExit();
            Assert.Fail($"verify did not stop after Ctrl-C; it wrote:\n{output.Result}\n{error.Result}");
        }

        Assert.That(verify.ExitCode, Is.EqualTo(2), output.Result + error.Result);
        Assert.That(error.Result, Does.Contain("interrupted; the throwaway server (if any) was stopped and removed"));
        AssertNothingLeftIn(temp.Path);
    }

    /// <summary>Whether a server under <paramref name="temp"/> is running the sample's pg_sleep.</summary>
    private static bool SlowUpIsRunning(string temp)
    {
        foreach (var folder in Directory.EnumerateDirectories(temp, "migrationlint-pg-*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                continue;
            }

            try
            {
                using var connection = new NpgsqlConnection($"Host={folder};Port=5432;Username=migrationlint;Database=postgres;Pooling=false;Timeout=2");
                connection.Open();
                using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(120)%'", connection);
                return (long)command.ExecuteScalar()! > 0;
            }
            catch (NpgsqlException)
            {
                // Not accepting connections yet.
                return false;
            }
        }

        return false;
    }

    private static void AssertNothingLeftIn(string temp)
    {
        Assert.That(Directory.EnumerateDirectories(temp, "migrationlint-pg-*"), Is.Empty, "the server's temporary folder is removed");
        Assert.That(ServerProcesses.Mentioning(temp), Is.Empty, "no postgres process started there is left");
    }

    /// <summary>Runs <paramref name="run"/> with the temporary folder (TMPDIR) pointing at <paramref name="temp"/>.</summary>
    private static T WithTemp<T>(string temp, Func<T> run)
    {
        var previous = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", temp);
        try
        {
            Assert.That(Path.GetTempPath().TrimEnd('/'), Is.EqualTo(temp.TrimEnd('/')));
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", previous);
        }
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn): its children then start ignoring it too.</summary>
    private static bool SigIntIgnored() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(line => line.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0b10) != 0;

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>The inodes of TCP sockets in LISTEN state (st 0A), IPv4 and IPv6.</summary>
    private static HashSet<string> ListeningTcpSockets() =>
        [.. new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists)
            .SelectMany(File.ReadLines).Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && fields[3] == "0A")
            .Select(fields => fields[9])];

    private static IEnumerable<string> SocketsOf(int pid) =>
        Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(target => target[8..^1]);
}
