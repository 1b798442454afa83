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
    /// <summary>How many scripts the parsers may read ahead of the replay (or of the revert's judging of downs).</summary>
    internal const int ParseAhead = 256;

    private readonly RevertAnalysis _revert = new(rules, runners ?? RunnerSettings.FromLayout);

    public AnalysisReport Analyze(DiscoveryResult discovery)
    {
        // Folders are independent: each has its own history, catalog and revert path. The largest go
        // first, one folder per worker at a time: a folder's replay is sequential, so the biggest decide
        // when analysis ends (a static split of the list could give one worker both large ones).
        var folders = new (SetAnalysis Analysis, RevertOutcome Revert, List<MigrationReport> Reports)[discovery.Sets.Length];
        var largestFirst = Enumerable.Range(0, folders.Length).OrderByDescending(i => discovery.Sets[i].Migrations.Length).ToArray();
        try
        {
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(largestFirst, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
                i =>
                {
                    var analysis = AnalyzeSet(discovery.Sets[i]);
                    var revert = _revert.Run(analysis);
                    // Each folder's final reports on its own worker: what is left after the loop is joining lists.
                    var reports = new List<MigrationReport>(analysis.Migrations.Count);
                    foreach (var migration in analysis.Migrations)
                    {
                        if (migration.Report is { } report)
                        {
                            reports.Add(WithRevertFindings(report, revert));
                        }
                    }

                    folders[i] = (analysis, revert, reports);
                });
        }
        catch (AggregateException error)
        {
            // One level holding every failure.
            throw error.Flatten();
        }

        var reports = folders.SelectMany(f => f.Reports).ToImmutableArray();
        var errors = discovery.Errors.Concat(folders.SelectMany(f => f.Analysis.Errors)).ToImmutableArray();
        var verdict = reports.Select(m => m.Verdict).Highest();
        var plan = RollbackPlanner.Plan(reports, [.. folders.Where(f => f.Analysis.Migrations.Any(m => m.InWindow)).Select(f => f.Revert.Plan)]);
        return new AnalysisReport(verdict, reports, plan, errors) { Notices = Notices(discovery) };
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
        var choice = frontEnds.ForSet(set);
        return AnalyzeSet(set, relevant, choice.FrontEnd, choice.Contradicts)
            ?? AnalyzeSet(set, relevant, choice.Otherwise ?? choice.FrontEnd, null)!;
    }

    /// <summary>
    /// The folder read with <paramref name="frontEnd"/>; null as soon as a script turns out to
    /// <paramref name="contradicts"/> that choice (it is in another dialect).
    /// </summary>
    private SetAnalysis? AnalyzeSet(MigrationSet set, List<Migration> relevant, IFrontEnd frontEnd, Func<SourceText, bool>? contradicts)
    {
        var contradicted = 0;
        var workingDirectory = Directory.GetCurrentDirectory();
        // Read and parsed on the other cores while the replay below takes them in order.
        using var parsed = new ReadAhead<(InputError? Error, ParsedScript? Script)>(
            relevant.Count,
            index =>
            {
                var up = relevant[index].Up;
                var script = IsSql(up) ? ScriptLoader.Load(up, relevant[index].Layout, workingDirectory) : null;
                if (contradicts is not null && script?.Source is { } text && contradicts(text))
                {
                    Volatile.Write(ref contradicted, 1);
                    return (null, null);
                }

                return (script?.Error, script?.Source is { } source ? frontEnd.Parse(source)
                    : script is null ? NotSql(up)
                    : null);
            },
            ParseAhead);

        var catalog = SchemaCatalog.Empty(frontEnd.Dialect);
        var results = new List<AnalysedMigration>(relevant.Count);
        var errors = new List<InputError>();
        for (var i = 0; i < relevant.Count; i++)
        {
            var migration = relevant[i];
            var inWindow = set.IsInWindow(migration);
            var origin = inWindow ? Provenance.Window(migration.Version) : Provenance.History(migration.Version);
            var before = catalog;
            var findings = new List<Finding>();
            var (error, script) = parsed.Take(i);
            if (Volatile.Read(ref contradicted) != 0)
            {
                return null;
            }

            foreach (var operation in script?.Operations ?? [])
            {
                if (inWindow)
                {
                    findings.AddRange(Judge(operation, new RuleContext(catalog, migration)));
                }

                catalog = catalog.Apply(operation, origin);
            }

            if (error is not null)
            {
                errors.Add(error);
            }

            results.Add(inWindow
                ? new AnalysedMigration(migration, true, script, before, catalog, Report(set, migration, frontEnd.Dialect.Name, findings, error, script))
                : new AnalysedMigration(migration, false, null, null, null, null));
        }

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
        // A loop rather than a LINQ pipeline: this runs for every operation under review.
        var findings = new List<Finding>();
        var judged = false;
        foreach (var rule in rules.For(operation))
        {
            if (rule.Evaluate(operation, context) is { } match)
            {
                judged = true;
                if (rules.IsEnabled(rule.Id))
                {
                    findings.Add(Finding(rule.Id, operation.Span, match, context));
                }
            }
        }

        if (!judged && rules.IsEnabled(rules.Fallback.Id))
        {
            findings.Add(Finding(rules.Fallback.Id, operation.Span, rules.Fallback.Evaluate(operation, context)!, context));
        }

        return findings;
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
        // Loops rather than LINQ pipelines: this runs for every migration under review.
        var problems = ImmutableArray.CreateBuilder<DiscoveryProblem>();
        foreach (var problem in set.Problems)
        {
            if (problem.Version == migration.Version)
            {
                problems.Add(problem);
            }
        }

        var facts = new MigrationFacts(migration, set, Highest(findings), problems.DrainToImmutable(), loadError);
        foreach (var rule in rules.MigrationRules)
        {
            if (rules.IsEnabled(rule.Id))
            {
                foreach (var match in rule.Evaluate(facts))
                {
                    findings.Add(rules.FindingOf(rule.Id, match.Span, match.Message));
                }
            }
        }

        var ordered = InPositionOrder(Suppressions.Apply(findings, up, rules));
        return new MigrationReport(
            migration.Version,
            migration.Name,
            HighestCounted(ordered),
            migration.Up.FilePath,
            migration.Down?.FilePath,
            dialect,
            true,
            ordered);
    }

    /// <summary>The highest verdict of the findings; safe when there are none.</summary>
    private static Verdict Highest(IReadOnlyList<Finding> findings)
    {
        var highest = Verdict.Safe;
        foreach (var finding in findings)
        {
            highest = finding.Verdict > highest ? finding.Verdict : highest;
        }

        return highest;
    }

    /// <summary>The highest verdict of the findings that count (not suppressed); safe when there are none.</summary>
    private static Verdict HighestCounted(IReadOnlyList<Finding> findings)
    {
        var highest = Verdict.Safe;
        foreach (var finding in findings)
        {
            highest = finding.CountedVerdict is { } verdict && verdict > highest ? verdict : highest;
        }

        return highest;
    }

    /// <summary>
    /// Findings by file, line and column, in their original order where those are equal (a stable
    /// insertion sort: findings come nearly in order, a statement's after the one before, and a
    /// migration's few whole-file findings last).
    /// </summary>
    private static ImmutableArray<Finding> InPositionOrder(List<Finding> findings)
    {
        var sorted = findings.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var finding = sorted[i];
            var j = i - 1;
            for (; j >= 0 && ComparePositions(sorted[j].Span, finding.Span) > 0; j--)
            {
                sorted[j + 1] = sorted[j];
            }

            sorted[j + 1] = finding;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static int ComparePositions(SourceSpan left, SourceSpan right)
    {
        var order = string.CompareOrdinal(left.File, right.File);
        return order != 0 ? order : left.Line != right.Line ? left.Line.CompareTo(right.Line) : left.Column.CompareTo(right.Column);
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
