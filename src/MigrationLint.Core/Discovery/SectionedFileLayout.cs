using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Discovery;

/// <summary>
/// Layouts that keep both directions in one <c>NNN_name.sql</c> file, told apart by marker comments
/// (goose's <c>-- +goose Up</c>, dbmate's <c>-- migrate:up</c>).
/// </summary>
public abstract partial class SectionedFileLayout : IMigrationLayout
{
    public abstract MigrationLayout Kind { get; }

    /// <summary>The line that opens the up section: a line comment (blanks, <c>--</c>, the marker).</summary>
    public abstract Regex UpMarker { get; }

    /// <summary>The line that opens the down section: a line comment, like <see cref="UpMarker"/>.</summary>
    public abstract Regex DownMarker { get; }

    /// <summary>Whether the runner also takes migrations written in Go, which we list but cannot read as SQL.</summary>
    protected virtual bool HasGoMigrations => false;

    [GeneratedRegex(@"^(?<version>\d+)_(?<name>.+)\.(?<extension>sql|go)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    /// <summary>
    /// The text of one section with every other character blanked (line breaks kept), so that
    /// offsets, lines and columns in the result are those of the file.
    /// </summary>
    public string KeepOnly(string text, ScriptSection section)
    {
        if (section == ScriptSection.WholeFile)
        {
            return text;
        }

        return string.Create(text.Length, (Layout: this, Text: text, Section: section), static (chars, state) =>
        {
            state.Text.CopyTo(chars);
            state.Layout.KeepOnly(chars, state.Section);
        });
    }

    /// <summary>
    /// As <see cref="KeepOnly(string, ScriptSection)"/>, in place: the loader blanks a pooled buffer
    /// and makes one string of it. Returns where the section lies; what is outside it is blanked
    /// whole lines (the markers that bound a section start their lines).
    /// </summary>
    internal (int Start, int End) KeepOnly(Span<char> chars, ScriptSection section)
    {
        if (section == ScriptSection.WholeFile)
        {
            return (0, chars.Length);
        }

        var (sectionStart, sectionEnd) = SectionBounds(chars, section == ScriptSection.UpSection ? UpMarker : DownMarker,
            section == ScriptSection.UpSection ? DownMarker : UpMarker);

        // The runner ends a statement at these markers even without a semicolon: found in the text
        // as written, then written in place as ';'.
        List<(int Index, int Length)>? terminators = null;
        foreach (var marker in StatementTerminators.EnumerateMatches(chars))
        {
            if (marker.Index >= sectionStart && marker.Index < sectionEnd)
            {
                (terminators ??= []).Add((marker.Index, marker.Length));
            }
        }

        Blank(chars[..sectionStart]);
        Blank(chars[sectionEnd..]);

        foreach (var (index, length) in terminators ?? [])
        {
            chars[index] = ';';
            chars.Slice(index + 1, length - 1).Fill(' ');
        }

        return (sectionStart, sectionEnd);
    }

    /// <summary>Every character a space but line breaks, a line at a time (a vectorised fill).</summary>
    private static void Blank(Span<char> chars)
    {
        while (!chars.IsEmpty)
        {
            var lineBreak = chars.IndexOfAny('\n', '\r');
            if (lineBreak < 0)
            {
                chars.Fill(' ');
                return;
            }

            chars[..lineBreak].Fill(' ');
            chars = chars[(lineBreak + 1)..];
        }
    }

    /// <summary>golang-migrate's names (x.up.sql, x.down.sql) are never single-file migrations; not reading them saves a read per file.</summary>
    private static bool IsUpOrDownFile(ReadOnlySpan<char> fileName) =>
        fileName.EndsWith(".up.sql", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".down.sql", StringComparison.OrdinalIgnoreCase);

    /// <summary>Marker lines that end a statement the way a semicolon would (goose's StatementEnd).</summary>
    protected virtual Regex StatementTerminators => NoMarkers();

    [GeneratedRegex("(?!)")]
    private static partial Regex NoMarkers();

    private static (int Start, int End) SectionBounds(ReadOnlySpan<char> text, Regex opening, Regex closing)
    {
        foreach (var open in opening.EnumerateMatches(text))
        {
            foreach (var close in closing.EnumerateMatches(text, open.Index + open.Length))
            {
                return (open.Index, close.Index);
            }

            return (open.Index, text.Length);
        }

        return (text.Length, text.Length);
    }

    private static bool AnyMatches(Regex marker, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (marker.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    public LayoutClaim Claim(FolderListing folder, DiscoveryOptions options)
    {
        var named = new List<(string Path, string Version, string Name, bool IsGo)>();
        foreach (var path in folder.Files)
        {
            // The pattern starts with a digit: other names are passed over without a string for them.
            var name = Path.GetFileName(path.AsSpan());
            if (name.IsEmpty || !char.IsDigit(name[0]) || IsUpOrDownFile(name)
                || FileNamePattern().Match(name.ToString()) is not { Success: true } match)
            {
                continue;
            }

            var isGo = match.Groups["extension"].Value.Equals("go", StringComparison.OrdinalIgnoreCase);
            if (!isGo || HasGoMigrations)
            {
                named.Add((path, match.Groups["version"].Value, match.Groups["name"].Value, isGo));
            }
        }

        // Markers are line comments, so the file's comment lines are all there is to search. A
        // folder of hundreds of goose files is read in parallel: otherwise it is the longest task of
        // a discovery (the heads are shared, so the next layout finds them read).
        var comments = new IReadOnlyList<string>?[named.Count];
        void Read(int i) => comments[i] = named[i].IsGo ? null : folder.Heads.CommentLines(named[i].Path);
        if (named.Count >= 32)
        {
            Parallel.For(0, named.Count, Read);
        }
        else
        {
            for (var i = 0; i < named.Count; i++)
            {
                Read(i);
            }
        }

        var migrations = ImmutableArray.CreateBuilder<Migration>();
        for (var i = 0; i < named.Count; i++)
        {
            var (path, version, name, _) = named[i];
            if (comments[i] is not { } lines)
            {
                migrations.Add(new Migration(version, name, Kind, new MigrationScript(path, ScriptSection.WholeFile), null, null));
            }
            else if (AnyMatches(UpMarker, lines))
            {
                var down = AnyMatches(DownMarker, lines) ? new MigrationScript(path, ScriptSection.DownSection) : null;
                migrations.Add(new Migration(version, name, Kind, new MigrationScript(path, ScriptSection.UpSection), down, null));
            }
        }

        // Only .go files and no SQL file with our markers: not this layout.
        return migrations.Any(m => m.Up.Section == ScriptSection.UpSection)
            ? new LayoutClaim(migrations.ToImmutable(), [])
            : LayoutClaim.None;
    }
}

/// <summary>goose: <c>-- +goose Up</c> / <c>-- +goose Down</c>; Go migrations sit beside the SQL ones.</summary>
public sealed partial class GooseLayout : SectionedFileLayout
{
    public static readonly GooseLayout Instance = new();

    public override MigrationLayout Kind => MigrationLayout.Goose;

    public override Regex UpMarker => UpPattern();

    public override Regex DownMarker => DownPattern();

    protected override bool HasGoMigrations => true;

    protected override Regex StatementTerminators => StatementEndPattern();

    [GeneratedRegex(@"--[ \t]*\+goose[ \t]+StatementEnd\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementEndPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*\+goose[ \t]+up\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UpPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*\+goose[ \t]+down\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DownPattern();
}

/// <summary>dbmate: <c>-- migrate:up</c> / <c>-- migrate:down</c>.</summary>
public sealed partial class DbmateLayout : SectionedFileLayout
{
    public static readonly DbmateLayout Instance = new();

    public override MigrationLayout Kind => MigrationLayout.Dbmate;

    public override Regex UpMarker => UpPattern();

    public override Regex DownMarker => DownPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*migrate:up\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UpPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*migrate:down\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DownPattern();
}
