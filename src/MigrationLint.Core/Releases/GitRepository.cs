using System.Diagnostics;
using System.Formats.Tar;

namespace MigrationLint.Core.Releases;

/// <summary>How a file changed between two commits, as <c>git diff --name-status</c> reports it.</summary>
public sealed record FileChange(char Status, string Path, string? OldPath);

/// <summary>
/// The git repository a release lives in, read with the <c>git</c> command. Arguments are always
/// passed as a list, never through a shell, so refs and paths cannot inject anything.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(string root)
    {
        Root = root;
    }

    /// <summary>The repository's top folder.</summary>
    public string Root { get; }

    /// <summary>The repository that contains <paramref name="path"/>.</summary>
    public static GitRepository Open(string path)
    {
        var directory = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var (code, output, error) = Execute(directory, ["rev-parse", "--show-toplevel"]);
        if (code != 0)
        {
            throw new ReleaseException($"{path} is not inside a git repository ({FirstLine(error)}); use --since <version> to name the window without git");
        }

        return new GitRepository(output.Trim());
    }

    /// <summary>The commit a ref names, or a clear error (with a hint for shallow clones).</summary>
    public string ResolveCommit(string reference)
    {
        var (code, output, _) = Run("rev-parse", "--verify", "--quiet", reference + "^{commit}");
        if (code == 0)
        {
            return output.Trim();
        }

        var hint = IsShallow()
            ? "; this is a shallow clone, so older commits and tags may be missing: fetch them with 'git fetch --tags --unshallow' (in CI, check out with fetch-depth: 0)"
            : "; 'git tag' and 'git branch -a' list the names this repository knows";
        throw new ReleaseException($"unknown git ref '{reference}'{hint}");
    }

    /// <summary>The commit where HEAD's history and <paramref name="reference"/>'s meet (a pull request's base).</summary>
    public string MergeBase(string reference)
    {
        var target = ResolveCommit(reference);
        var (code, output, error) = Run("merge-base", target, "HEAD");
        return code == 0
            ? output.Trim()
            : throw new ReleaseException($"'{reference}' and HEAD share no history ({FirstLine(error)}){(IsShallow() ? "; this is a shallow clone: fetch more history with 'git fetch --unshallow' (in CI, fetch-depth: 0)" : string.Empty)}");
    }

    /// <summary>Files under <paramref name="folder"/> changed in the working tree since <paramref name="from"/>, untracked ones as added.</summary>
    public IReadOnlyList<FileChange> WorkingTreeChanges(string from, string folder)
    {
        var committed = Changes(from, null, folder);
        var (_, untracked, _) = Run("ls-files", "--others", "--exclude-standard", "-z", "--", folder);
        return [.. committed, .. untracked.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(path => new FileChange('A', path, null))];
    }

    public bool IsShallow() => Run("rev-parse", "--is-shallow-repository").Output.Trim() == "true";

    /// <summary>The newest tag matching <paramref name="glob"/> reachable from <paramref name="commit"/>, or null.</summary>
    public string? NearestTag(string commit, string glob)
    {
        var (code, output, _) = Run("describe", "--tags", "--abbrev=0", "--match", glob, commit);
        return code == 0 ? output.Trim() : null;
    }

    public bool TagExists(string tag) => Run("rev-parse", "--verify", "--quiet", "refs/tags/" + tag).Code == 0;

    /// <summary>Files under <paramref name="folder"/> (repository-relative) added, modified, deleted or renamed between two commits (or a commit and the working tree).</summary>
    public IReadOnlyList<FileChange> Changes(string from, string? to, string folder)
    {
        string[] range = to is null ? [from] : [from, to];
        var (code, output, error) = Run(["diff", "--name-status", "-z", "-M", "--no-color", .. range, "--", folder]);
        if (code != 0)
        {
            throw new ReleaseException($"git diff failed: {FirstLine(error)}");
        }

        var fields = output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var changes = new List<FileChange>();
        for (var i = 0; i < fields.Length; i++)
        {
            var status = fields[i][0];
            if (status is 'R' or 'C')
            {
                changes.Add(new FileChange(status, fields[i + 2], fields[i + 1]));
                i += 2;
            }
            else
            {
                changes.Add(new FileChange(status, fields[i + 1], null));
                i++;
            }
        }

        return changes;
    }

    /// <summary>Lines added and removed in a file between two commits, and the first changed line in the newer version.</summary>
    public (int Added, int Removed, int FirstLine) DiffSummary(string from, string? to, string path, string? oldPath = null)
    {
        string[] paths = oldPath is null ? [path] : [oldPath, path];
        string[] range = to is null ? [from] : [from, to];
        var (_, numstat, _) = Run(["diff", "--numstat", "-M", "--no-color", .. range, "--", .. paths]);
        var parts = numstat.Split('\t', '\n');
        var added = parts.Length > 1 && int.TryParse(parts[0], out var a) ? a : 0;
        var removed = parts.Length > 1 && int.TryParse(parts[1], out var r) ? r : 0;
        var (_, patch, _) = Run(["diff", "-U0", "-M", "--no-color", .. range, "--", .. paths]);
        var hunk = patch.Split('\n').FirstOrDefault(l => l.StartsWith("@@ ", StringComparison.Ordinal));
        var first = 1;
        if (hunk is not null)
        {
            var plus = hunk.Split(' ').FirstOrDefault(p => p.StartsWith('+'));
            if (plus is not null && int.TryParse(plus[1..].Split(',')[0], out var line))
            {
                first = Math.Max(1, line);
            }
        }

        return (added, removed, first);
    }

    /// <summary>A file's bytes at a commit.</summary>
    public byte[] Show(string commit, string path)
    {
        var (code, bytes, error) = ExecuteBytes(Root, ["show", $"{commit}:{path}"]);
        return code == 0 ? bytes : throw new ReleaseException($"cannot read {path} at {commit[..Math.Min(12, commit.Length)]}: {FirstLine(error)}");
    }

    /// <summary>True when files under <paramref name="folder"/> differ from HEAD (uncommitted or untracked).</summary>
    public bool IsDirty(string folder) => Run("status", "--porcelain", "--", folder).Output.Trim().Length > 0;

    /// <summary>Writes the tree of <paramref name="folder"/> at <paramref name="commit"/> into <paramref name="destination"/>.</summary>
    public void Export(string commit, string folder, string destination)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "archive", "--format=tar", commit, "--", folder })
        {
            start.ArgumentList.Add(argument);
        }

        Directory.CreateDirectory(destination);
        using var process = Process.Start(start) ?? throw new ReleaseException("cannot run git; is it installed?");
        var error = process.StandardError.ReadToEndAsync();
        TarFile.ExtractToDirectory(process.StandardOutput.BaseStream, destination, overwriteFiles: true);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new ReleaseException($"git archive failed: {FirstLine(error.Result)}");
        }
    }

    private (int Code, string Output, string Error) Run(params string[] arguments) => Execute(Root, arguments);

    private static (int Code, string Output, string Error) Execute(string directory, IEnumerable<string> arguments)
    {
        var (code, bytes, error) = ExecuteBytes(directory, arguments);
        return (code, System.Text.Encoding.UTF8.GetString(bytes), error);
    }

    private static (int Code, byte[] Output, string Error) ExecuteBytes(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A repository owned by another user (CI containers) should still be readable.
        start.Environment["GIT_CONFIG_COUNT"] = "1";
        start.Environment["GIT_CONFIG_KEY_0"] = "safe.directory";
        start.Environment["GIT_CONFIG_VALUE_0"] = "*";
        try
        {
            using var process = Process.Start(start) ?? throw new ReleaseException("cannot run git; is it installed?");
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ReleaseException("cannot run git: it is not installed or not on the PATH");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no message";
}
