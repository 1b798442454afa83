using System.Collections.Immutable;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// Applies a script's suppression comments to the findings in that script: a comment with a reason
/// marks the findings of its rules on the statement below it (or in the whole file) as suppressed;
/// a comment without a reason, or one that matches nothing, is a finding of its own.
/// </summary>
public static class Suppressions
{
    public static List<Finding> Apply(IReadOnlyList<Finding> findings, ParsedScript? script, RuleSet rules)
    {
        var result = findings.ToList();
        if (script is null)
        {
            return result;
        }

        foreach (var comment in SuppressionComments.Scan(script.Source))
        {
            var (first, last) = Scope(comment, script);
            var matched = 0;
            for (var i = 0; i < result.Count; i++)
            {
                var finding = result[i];
                if (comment.Reason is not null && !finding.IsSuppressed && comment.Rules.Contains(finding.RuleId)
                    && finding.Span.File == script.Source.FilePath && finding.Span.Line >= first && finding.Span.Line <= last)
                {
                    result[i] = finding with { Suppression = new Suppression(comment.Reason, comment.Span) };
                    matched++;
                }
            }

            var facts = new SuppressionFacts(comment, matched);
            result.AddRange(rules.SuppressionRules
                .Where(rule => rules.IsEnabled(rule.Id))
                .SelectMany(rule => rule.Evaluate(facts).Select(match =>
                    rules.FindingOf(rule.Id, match.Span, match.Message))));
        }

        return result;
    }

    /// <summary>The lines a comment covers: the file, or the first statement that starts below it.</summary>
    private static (int First, int Last) Scope(SuppressionComment comment, ParsedScript script)
    {
        if (comment.FileWide)
        {
            return (1, int.MaxValue);
        }

        var statement = script.Statements.FirstOrDefault(s => s.Span.Line > comment.Span.Line);
        return statement is null ? (0, -1) : (statement.Span.Line, statement.Span.EndLine);
    }
}
