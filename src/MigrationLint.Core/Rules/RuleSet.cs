using System.Collections.Frozen;
using System.Collections.Immutable;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Rules;

/// <summary>A team's change to one rule: a different verdict, or off.</summary>
public sealed record RuleOverride(Verdict? Verdict, bool Disabled);

/// <summary>
/// The rules in force: every built-in rule with its documented metadata, the team's overrides
/// applied, and a dispatch table from operation type to the rules that judge it.
/// </summary>
public sealed class RuleSet
{
    private readonly FrozenDictionary<Type, Rule[]> _byOperation;
    private readonly ImmutableDictionary<string, RuleOverride> _overrides;

    public RuleSet(
        IEnumerable<Rule> operationRules,
        IEnumerable<MigrationRule> migrationRules,
        IEnumerable<RevertRule> revertRules,
        IEnumerable<HistoryRule> historyRules,
        IEnumerable<SuppressionRule> suppressionRules,
        Rule fallback,
        IReadOnlyDictionary<string, RuleMetadata> metadata,
        IReadOnlyDictionary<string, RuleOverride>? overrides = null)
    {
        OperationRules = [.. operationRules];
        MigrationRules = [.. migrationRules];
        RevertRules = [.. revertRules];
        HistoryRules = [.. historyRules];
        SuppressionRules = [.. suppressionRules];
        Fallback = fallback;
        Metadata = metadata;
        _overrides = overrides?.ToImmutableDictionary() ?? ImmutableDictionary<string, RuleOverride>.Empty;
        foreach (var id in OperationRules.Select(r => r.Id).Concat(MigrationRules.Select(r => r.Id)).Concat(RevertRules.Select(r => r.Id)).Concat(HistoryRules.Select(r => r.Id)).Concat(SuppressionRules.Select(r => r.Id)).Append(fallback.Id))
        {
            if (!metadata.ContainsKey(id))
            {
                throw new RuleCatalogueException($"rule {id} has no page rules/{id}.md");
            }
        }

        _byOperation = OperationRules
            .SelectMany(rule => rule.OperationTypes.Select(type => (type, rule)))
            .GroupBy(pair => pair.type, pair => pair.rule)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    public static RuleSet BuiltIn(IReadOnlyDictionary<string, RuleOverride>? overrides = null) =>
        new(BuiltInRules.OperationRules, BuiltInRules.MigrationRules, BuiltInRules.RevertRules, BuiltInRules.HistoryRules, BuiltInRules.SuppressionRules, BuiltInRules.Fallback, RuleCatalogue.All, overrides);

    public ImmutableArray<Rule> OperationRules { get; }

    public ImmutableArray<MigrationRule> MigrationRules { get; }

    public ImmutableArray<RevertRule> RevertRules { get; }

    public ImmutableArray<HistoryRule> HistoryRules { get; }

    public ImmutableArray<SuppressionRule> SuppressionRules { get; }

    public Rule Fallback { get; }

    public IReadOnlyDictionary<string, RuleMetadata> Metadata { get; }

    /// <summary>The rules that judge operations of this exact type.</summary>
    public IReadOnlyList<Rule> For(SchemaOperation operation) =>
        _byOperation.TryGetValue(operation.GetType(), out var rules) ? rules : [];

    public bool IsEnabled(string id) => !(_overrides.TryGetValue(id, out var setting) && setting.Disabled);

    /// <summary>The verdict a rule gives: the team's override, else the documented one.</summary>
    public Verdict VerdictOf(string id) =>
        _overrides.TryGetValue(id, out var setting) && setting.Verdict is { } verdict ? verdict : Metadata[id].Verdict;

    /// <summary>A finding of rule <paramref name="id"/>, under its documented name and the verdict it gives here.</summary>
    public Finding FindingOf(string id, SourceSpan span, string message) => new(id, Metadata[id].Name, VerdictOf(id), span, message);
}
