using System.Collections.Immutable;

namespace MigrationLint.Core.Discovery;

/// <summary>What one layout recognised in a folder.</summary>
public sealed record LayoutClaim(ImmutableArray<Migration> Migrations, ImmutableArray<DiscoveryProblem> Problems)
{
    public static readonly LayoutClaim None = new([], []);
}

/// <summary>The contents of one folder, as discovery hands them to the layouts.</summary>
public sealed record FolderListing(string Directory, ImmutableArray<string> Files, ImmutableArray<string> Subdirectories, IFileHeads Heads);

/// <summary>Reads files for layouts that are recognised by marker comments in them (goose, dbmate).</summary>
public interface IFileHeads
{
    /// <summary>
    /// The file's line comments: every line that starts with blanks (spaces, tabs) and <c>--</c>,
    /// without its line break; none for a file that cannot be read.
    /// </summary>
    IReadOnlyList<string> CommentLines(string path);

    /// <summary>The whole file as text (for layouts recognised by code, EF Core); empty for a file that cannot be read.</summary>
    string Text(string path);
}

/// <summary>
/// One way of laying migrations out. A layout claims the migrations it recognises in a folder;
/// discovery keeps the layout that claims most. New layouts slot in by implementing this.
/// </summary>
public interface IMigrationLayout
{
    MigrationLayout Kind { get; }

    LayoutClaim Claim(FolderListing folder, DiscoveryOptions options);
}

/// <summary>
/// Choices that shape discovery: the dialect in use decides which of several dialect variants of
/// one migration (<c>x.postgres.up.sql</c>, <c>x.mysql.up.sql</c>, <c>x.up.sql</c>) is the one that runs;
/// a configured layout is the only one tried; ignored paths are never listed.
/// </summary>
public sealed record DiscoveryOptions(string? Dialect)
{
    public static readonly DiscoveryOptions Default = new((string?)null);

    /// <summary>The layout the configuration names, if it names one.</summary>
    public MigrationLayout? Layout { get; init; }

    /// <summary>Files and folders never analysed.</summary>
    public Func<string, bool> Ignored { get; init; } = static _ => false;
}
