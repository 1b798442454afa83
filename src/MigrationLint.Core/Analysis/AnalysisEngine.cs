using System.Collections.Immutable;
using MigrationLint.Core.Catalog;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Core.Runners;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Analysis;

/// <summary>
/// Replays each folder's history into a catalog, judges every operation of the migrations under
/// review against the catalog as it stood just before, and rolls findings up into verdicts.
/// Files are read and parsed in parallel; the replay is sequential, in version order.
/// </summary>
public sealed class AnalysisEngine(RuleSet rules, IFrontEndProvider frontEnds, RunnerSettings? runners = null)
{
    private readonly RevertAnalysis _revert = new(rules, runners ?? RunnerSettings.FromLayout);

    public AnalysisReport Analyze(DiscoveryResult discovery)
    {
        // Folders are independent: each has its own history, catalog and revert path.
        var folders = discovery.Sets.AsParallel().AsOrdered()
            .Select(set =>
            {
                var analysis = AnalyzeSet(set);
                return (Analysis: analysis, Revert: _revert.Run(analysis));
            })
            .ToList();
        var migrations = folders
            .SelectMany(f => f.Analysis.Migrations.Select(m => m.Report).OfType<MigrationReport>().Select(r => WithRevertFindings(r, f.Revert)))
            .ToImmutableArray();
        var errors = discovery.Errors.Concat(folders.SelectMany(f => f.Analysis.Errors)).ToImmutableArray();
        var verdict = migrations.Select(m => m.Verdict).Highest();
        var plan = RollbackPlanner.Plan(migrations, [.. folders.Where(f => f.Analysis.Migrations.Any(m => m.InWindow)).Select(f => f.Revert.Plan)]);
        return new AnalysisReport(verdict, migrations, plan, errors) { Notices = Notices(discovery) };
    }

    /// <summary>A migration's report with what the revert path found about its down, verdict recomputed.</summary>
    private static MigrationReport WithRevertFindings(MigrationReport report, RevertOutcome revert)
    {
        if (!revert.Findings.TryGetValue(report.Version, out var extra))
        {
            return report;
        }

        var findings = report.Findings.Concat(extra).ToImmutableArray();
        return report with { Findings = findings, Verdict = findings.Select(f => f.CountedVerdict).OfType<Verdict>().Highest() };
    }

    public SetAnalysis AnalyzeSet(MigrationSet set)
    {
        var lastInWindow = set.Migrations.ToList().FindLastIndex(set.IsInWindow);
        var relevant = set.Migrations.Take(lastInWindow + 1).ToList();
        var loaded = new LoadedScript?[relevant.Count];
        Parallel.For(0, relevant.Count, i => loaded[i] = IsSql(relevant[i].Up) ? ScriptLoader.Load(relevant[i].Up, relevant[i].Layout) : null);

        var texts = loaded.Select(l => l?.Source).OfType<SourceText>().ToList();
        var frontEnd = frontEnds.ForSet(set, texts);
        var parsed = new ParsedScript?[relevant.Count];
        Parallel.For(0, relevant.Count, i =>
            parsed[i] = loaded[i]?.Source is { } source ? frontEnd.Parse(source)
                : loaded[i] is null ? NotSql(relevant[i].Up)
                : null);

        var catalog = SchemaCatalog.Empty(frontEnd.Dialect);
        var results = new List<AnalysedMigration>(relevant.Count);
        for (var i = 0; i < relevant.Count; i++)
        {
            var migration = relevant[i];
            var inWindow = set.IsInWindow(migration);
            var origin = inWindow ? Provenance.Window(migration.Version) : Provenance.History(migration.Version);
            var before = catalog;
            var findings = new List<Finding>();
            foreach (var operation in parsed[i]?.Operations ?? [])
            {
                if (inWindow)
                {
                    findings.AddRange(Judge(operation, new RuleContext(catalog, migration)));
                }

                catalog = catalog.Apply(operation, origin);
            }

            var report = inWindow ? Report(set, migration, frontEnd.Dialect.Name, findings, loaded[i]?.Error, parsed[i]) : null;
            results.Add(new AnalysedMigration(migration, inWindow, parsed[i], before, catalog, report));
        }

        var errors = loaded.Select(l => l?.Error).OfType<InputError>().ToList();
        return new SetAnalysis(set, frontEnd, results, errors);
    }

    /// <summary>Discovery's problems that concern the window (an orphan down concerns its folder whenever it is under review).</summary>
    private static ImmutableArray<Notice> Notices(DiscoveryResult discovery) =>
    [
        .. discovery.Sets
            .Where(set => !set.Window.IsEmpty)
            .SelectMany(set => set.Problems.Where(p => p.Version is null || set.Window.Contains(p.Version) || p.Kind == DiscoveryProblemKind.OrphanDown))
            .Select(p => new Notice(KindText(p.Kind), p.File, p.Version, p.Message)),
    ];

    private static string KindText(DiscoveryProblemKind kind) => kind switch
    {
        DiscoveryProblemKind.MissingDown => "missing-down",
        DiscoveryProblemKind.OrphanDown => "orphan-down",
        DiscoveryProblemKind.DuplicateVersion => "duplicate-version",
        DiscoveryProblemKind.VersionGap => "version-gap",
        _ => "unsupported-migration",
    };

    /// <summary>Every rule's judgement of one operation; the fallback when none judged it.</summary>
    public IEnumerable<Finding> Judge(SchemaOperation operation, RuleContext context)
    {
        var matches = rules.For(operation)
            .Select(rule => (rule, match: rule.Evaluate(operation, context)))
            .Where(m => m.match is not null)
            .ToList();
        if (matches.Count == 0)
        {
            matches.Add((rules.Fallback, rules.Fallback.Evaluate(operation, context)));
        }

        foreach (var (rule, match) in matches.Where(m => rules.IsEnabled(m.rule.Id)))
        {
            yield return Finding(rule.Id, operation.Span, match!, context);
        }
    }

    private Finding Finding(string ruleId, SourceSpan span, RuleMatch match, RuleContext context)
    {
        var metadata = rules.Metadata[ruleId];
        var verdict = rules.VerdictOf(ruleId);
        var message = match.Message;
        if (verdict > Verdict.Safe && match.Target is { } target && context.Catalog.OriginOf(target) is { InWindow: true } origin)
        {
            verdict = Verdict.Safe;
            message += $"; but {Subject(target, context.Catalog)} was created in this window (migration {origin.Version}), so the old code never used it";
        }

        return new Finding(ruleId, metadata.Name, verdict, span, message);
    }

    private MigrationReport Report(MigrationSet set, Migration migration, string dialect, List<Finding> findings, InputError? loadError, ParsedScript? up)
    {
        var problems = set.Problems.Where(p => p.Version == migration.Version).ToImmutableArray();
        var facts = new MigrationFacts(migration, set, findings.Select(f => f.Verdict).Highest(), problems, loadError);
        foreach (var rule in rules.MigrationRules.Where(r => rules.IsEnabled(r.Id)))
        {
            findings.AddRange(rule.Evaluate(facts).Select(match =>
                new Finding(rule.Id, rules.Metadata[rule.Id].Name, rules.VerdictOf(rule.Id), match.Span, match.Message)));
        }

        var ordered = Suppressions.Apply(findings, up, rules)
            .OrderBy(f => f.Span.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ToImmutableArray();
        return new MigrationReport(
            migration.Version,
            migration.Name,
            ordered.Select(f => f.CountedVerdict).OfType<Verdict>().Highest(),
            migration.Up.FilePath,
            migration.Down?.FilePath,
            dialect,
            true,
            ordered);
    }

    /// <summary>The new object that makes the change harmless: its table when that is new, else the object itself.</summary>
    private static string Subject(ObjectRef target, SchemaCatalog catalog) =>
        target.Table is not null && catalog.FindTable(target.Table) is { Origin.InWindow: true }
            ? $"table {target.Table}"
            : target.Kind switch
            {
                ObjectKind.Column => $"column {target.Table}.{target.Column}",
                ObjectKind.Constraint => $"constraint {target.Name.Name}",
                _ => $"{target.Kind.Describe()} {target.Name}",
            };

    private static bool IsSql(MigrationScript script) => !script.FilePath.EndsWith(".go", StringComparison.OrdinalIgnoreCase);

    /// <summary>A migration written in a programming language (goose's Go migrations): listed, never judged safe.</summary>
    private static ParsedScript NotSql(MigrationScript script)
    {
        var source = new SourceText(script.FilePath, string.Empty);
        var opaque = new Opaque(source.Span(0, 0), "Go migration", "it is code, not SQL, so its effect cannot be analysed");
        return new ParsedScript(source, [new ParsedStatement(opaque.Span, [opaque])]);
    }
}
