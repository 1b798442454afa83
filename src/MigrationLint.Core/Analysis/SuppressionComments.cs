using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MigrationLint.Core.Model;
using MigrationLint.Core.Rules;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// A <c>migrationlint:ignore</c> comment: the rules it names (ids; names are resolved), its reason,
/// and whether it covers the statement below it or, with <c>ignore-file</c>, the whole file.
/// Names that are no rule are kept in <see cref="UnknownRules"/> so they can be reported.
/// </summary>
public sealed record SuppressionComment(
    SourceSpan Span,
    ImmutableArray<string> Rules,
    ImmutableArray<string> UnknownRules,
    string? Reason,
    bool FileWide);

/// <summary>
/// Finds suppression comments in a script: <c>-- migrationlint:ignore ML301,rename-index reason: …</c>
/// on the line before a statement, or <c>-- migrationlint:ignore-file ML212 reason: …</c> anywhere
/// (<c>//</c> for C#).
/// </summary>
public static partial class SuppressionComments
{
    [GeneratedRegex(@"(?:--|//)[ \t]*migrationlint:(?<kind>ignore-file|ignore)\b(?<rules>[^\r\n]*?)(?:\breason:[ \t]*(?<reason>[^\r\n]*))?[ \t]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>
    /// Every comment needs this: a vectorised search for it answers most scripts (string.Contains
    /// with OrdinalIgnoreCase goes a character at a time in the invariant globalization mode we ship with).
    /// </summary>
    private static readonly SearchValues<string> Marker = SearchValues.Create(["migrationlint:"], StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<SuppressionComment> Scan(SourceText source)
    {
        if (!source.Text.AsSpan().ContainsAny(Marker))
        {
            return [];
        }

        var comments = ImmutableArray.CreateBuilder<SuppressionComment>();
        foreach (Match match in Pattern().Matches(source.Text))
        {
            var names = match.Groups["rules"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var known = new List<string>();
            var unknown = new List<string>();
            foreach (var name in names)
            {
                var rule = RuleCatalogue.All.Values.FirstOrDefault(m => m.Id.Equals(name, StringComparison.OrdinalIgnoreCase) || m.Name == name);
                if (rule is null)
                {
                    unknown.Add(name);
                }
                else
                {
                    known.Add(rule.Id);
                }
            }

            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            comments.Add(new SuppressionComment(
                source.Span(match.Index, match.Index + match.Length),
                [.. known],
                [.. unknown],
                string.IsNullOrEmpty(reason) ? null : reason,
                match.Groups["kind"].Value.Equals("ignore-file", StringComparison.OrdinalIgnoreCase)));
        }

        return comments.ToImmutable();
    }
}
