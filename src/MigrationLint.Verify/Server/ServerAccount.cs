namespace MigrationLint.Verify.Server;

/// <summary>
/// Who runs initdb and the server. PostgreSQL refuses to run as root, so when verify itself runs as
/// root (CI containers do) the programs run as an unprivileged account instead: MIGRATIONLINT_PG_USER,
/// else <c>postgres</c> (Debian's package creates it), else <c>nobody</c>, switched to with runuser
/// or setpriv. Otherwise they run as the current user.
/// </summary>
public sealed class ServerAccount
{
    private static readonly string[] SystemFolders = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];

    private readonly string? _runuser;
    private readonly string? _setpriv;

    private ServerAccount(string? userName, string? uid, string? gid, string? runuser, string? setpriv)
    {
        UserName = userName;
        Uid = uid;
        Gid = gid;
        _runuser = runuser;
        _setpriv = setpriv;
    }

    /// <summary>The account switched to, or null when the programs run as the current user.</summary>
    public string? UserName { get; }

    private string? Uid { get; }

    private string? Gid { get; }

    public static ServerAccount ForThisProcess(CancellationToken cancellation)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return new ServerAccount(null, null, null, null, null);
        }

        var names = new[] { Environment.GetEnvironmentVariable("MIGRATIONLINT_PG_USER"), "postgres", "nobody" }.OfType<string>().Where(n => n.Length > 0);
        foreach (var name in names)
        {
            var uid = ProcessRunner.Run("id", ["-u", name], "/", TimeSpan.FromSeconds(10), cancellation);
            var gid = ProcessRunner.Run("id", ["-g", name], "/", TimeSpan.FromSeconds(10), cancellation);
            if (uid.Succeeded && gid.Succeeded && uid.Output.Trim() != "0")
            {
                return new ServerAccount(name, uid.Output.Trim(), gid.Output.Trim(), Tool("runuser"), Tool("setpriv"));
            }
        }

        throw new VerifyException("verify runs as root and PostgreSQL refuses to; no unprivileged account (postgres, nobody) was found to run it as: create one, or name it with MIGRATIONLINT_PG_USER");
    }

    /// <summary>The command line that runs <paramref name="program"/> as this account.</summary>
    public (string Program, IReadOnlyList<string> Arguments) Command(string program, IReadOnlyList<string> arguments)
    {
        if (UserName is null)
        {
            return (program, arguments);
        }

        if (_runuser is not null)
        {
            return (_runuser, ["-u", UserName, "--", program, .. arguments]);
        }

        if (_setpriv is not null)
        {
            return (_setpriv, [$"--reuid={Uid}", $"--regid={Gid}", "--init-groups", "--", program, .. arguments]);
        }

        throw new VerifyException($"verify runs as root and must run PostgreSQL as {UserName}, but neither runuser nor setpriv (util-linux) is installed");
    }

    /// <summary>Gives the account a folder made by this process (no-op when nobody is switched to).</summary>
    public void Own(string folder, CancellationToken cancellation)
    {
        if (UserName is null)
        {
            return;
        }

        var result = ProcessRunner.Run("chown", ["-R", $"{Uid}:{Gid}", folder], "/", TimeSpan.FromSeconds(30), cancellation);
        if (!result.Succeeded)
        {
            throw new VerifyException($"cannot give {folder} to {UserName} for the PostgreSQL server: {result.Output}");
        }
    }

    private static string? Tool(string name) =>
        SystemFolders
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            .Where(p => p.Length > 0)
            .Select(p => Path.Combine(p, name))
            .FirstOrDefault(File.Exists);
}
