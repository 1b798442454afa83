using System.Text;
using System.Text.RegularExpressions;

namespace MigrationLint.Core.Configuration;

/// <summary>
/// Paths a configuration's <c>ignore:</c> list excludes, as globs relative to the configuration's
/// folder: <c>*</c> within a path segment, <c>**</c> across segments, <c>?</c> one character. A glob
/// that names a folder excludes everything in it.
/// </summary>
public sealed class PathGlob
{
    private readonly string _baseDirectory;
    private readonly Regex[] _patterns;

    public PathGlob(string baseDirectory, IEnumerable<string> globs)
    {
        _baseDirectory = Path.GetFullPath(baseDirectory);
        _patterns = [.. globs.Select(ToRegex)];
    }

    public bool IsEmpty => _patterns.Length == 0;

    public bool Matches(string path)
    {
        if (_patterns.Length == 0)
        {
            return false;
        }

        var relative = Path.GetRelativePath(_baseDirectory, Path.GetFullPath(path)).Replace('\\', '/');
        return _patterns.Any(p => p.IsMatch(relative));
    }

    private static Regex ToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        var text = glob.Replace('\\', '/').TrimStart('.', '/').TrimEnd('/');
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
                if (i + 1 < text.Length && text[i + 1] == '/')
                {
                    i++;
                    pattern.Append("/?");
                }
            }
            else
            {
                pattern.Append(text[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        // A folder glob covers what is inside it.
        pattern.Append("(/.*)?$");
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }
}
