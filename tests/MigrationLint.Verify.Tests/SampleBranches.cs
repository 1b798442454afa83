using MigrationLint.Cli.Tests;

namespace MigrationLint.Verify.Tests;

/// <summary>
/// The sample's release history plus branches whose migrations differ from v1.2.0 in one way each
/// (a broken down, a down static analysis cannot read, a slow up…), committed as a developer would.
/// </summary>
internal sealed class SampleBranches : IDisposable
{
    public SampleBranches() => History = new SampleHistory();

    public SampleHistory History { get; }

    public string Root => History.Root;

    /// <summary>Commits <paramref name="files"/> (path under migrations/ → content) on a new branch from <paramref name="from"/>.</summary>
    public string Branch(string name, string from, params (string File, string Content)[] files)
    {
        History.Git("checkout", "--quiet", "-b", name, from);
        foreach (var (file, content) in files)
        {
            File.WriteAllText(Path.Combine(Root, "migrations", file), content);
        }

        History.Git("add", "--all");
        History.Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--message", name);
        History.Git("checkout", "--quiet", "main");
        return name;
    }

    public void Dispose() => History.Dispose();
}
