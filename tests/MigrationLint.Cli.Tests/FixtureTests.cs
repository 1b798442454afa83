using System.Text.Json;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.SqlServer;

namespace MigrationLint.Cli.Tests;

/// <summary>
/// The behaviour of <c>migrationlint check</c>, pinned by real migration files: every case under
/// migrations-fixtures/&lt;dialect&gt;/ runs through the command line, JSON output, and must give the
/// window verdict and exactly the findings above safe that its expected.yaml lists. SQL Server cases
/// are read with <c>--dialect sqlserver</c>.
/// </summary>
public sealed class FixtureTests
{
    /// <summary>Rules no T-SQL can reach, and why; every other rule needs SQL Server fixtures too.</summary>
    private static readonly Dictionary<string, string> NotForSqlServer = new()
    {
        ["ML210"] = "SQL Server has no enum types (a CHECK or a lookup table plays that part)",
        ["ML305"] = "SQL Server has no enum types, so no enum values to rename",
        ["ML408"] = "SQL Server has no DROP … CASCADE: DROP TYPE fails while a column uses the type",
    };

    private static IEnumerable<TestCaseData> PostgresCases() =>
        FixtureCase.All("postgres").Select(c => new TestCaseData(c).SetName($"postgres/{c.Name}"));

    /// <summary>EF Core migrations (C#, Npgsql) under migrations-fixtures/efcore/: the same contract, lines in the .cs files.</summary>
    private static IEnumerable<TestCaseData> EfCoreCases() =>
        FixtureCase.All("efcore").Select(c => new TestCaseData(c).SetName($"efcore/{c.Name}"));

    private static IEnumerable<TestCaseData> SqlServerCases() =>
        FixtureCase.All("sqlserver").Select(c => new TestCaseData(c).SetName($"sqlserver/{c.Name}"));

    [Test]
    public void Every_rule_has_a_flagging_and_a_clean_fixture() => AssertEveryRuleHasFixtures("postgres", []);

    [Test]
    public void Every_rule_that_applies_to_sql_server_has_a_flagging_and_a_clean_fixture()
    {
        var catalogued = Core.Rules.RuleCatalogue.All.Keys.ToHashSet();
        Assert.That(NotForSqlServer.Keys, Is.SubsetOf(catalogued), "rules listed as not applying to SQL Server must exist");

        AssertEveryRuleHasFixtures("sqlserver", NotForSqlServer.Keys);
    }

    [TestCaseSource(nameof(SqlServerCases))]
    public void Sql_server_fixtures_are_t_sql_that_script_dom_parses(FixtureCase fixture)
    {
        // Cases about bad input are exempt: syntax errors, other dialects, undecodable files.
        if (fixture.Findings.Any(f => f.Rule is "ML901" or "ML911"))
        {
            Assert.Pass("a case about input that does not parse");
        }

        var frontEnd = new SqlServerFrontEnd();
        foreach (var file in Directory.EnumerateFiles(fixture.Folder, "*.sql"))
        {
            var loaded = ScriptLoader.Decode(file, File.ReadAllBytes(file));
            Assert.That(loaded.Error, Is.Null, file);
            var errors = frontEnd.Parse(loaded.Source!).Operations.OfType<SyntaxError>().Select(e => $"{e.Span}: {e.Message}");
            Assert.That(errors, Is.Empty, file);
        }
    }

    [TestCaseSource(nameof(SqlServerCases))]
    public void Check_gives_the_expected_verdict_and_findings_for_sql_server(FixtureCase fixture) =>
        AssertCheck(fixture, DialectNames.SqlServer);

    private static void AssertEveryRuleHasFixtures(string dialect, IEnumerable<string> exempt)
    {
        var cases = FixtureCase.All(dialect).ToDictionary(c => c.Name);
        Assert.That(cases, Is.Not.Empty, $"no fixtures under migrations-fixtures/{dialect}");

        // ML999 is the engine's fallback for a gap in the rules: no SQL can reach it. ML912 judges git
        // history, not files: ReleaseCommandTests pin it on the sample's releases (v1.3.1 flags, the others do not).
        // The verify rules judge what a real server did: MigrationLint.Verify.Tests pin them on the sample's history.
        var serverRules = Core.Rules.BuiltInRules.VerifyRules.Select(r => r.Id).ToHashSet();
        var rules = Core.Rules.RuleCatalogue.All.Values
            .Where(m => m.Id is not ("ML999" or "ML912") && !exempt.Contains(m.Id) && !serverRules.Contains(m.Id))
            .ToList();
        var withoutFlagging = rules
            .Where(m => !cases.TryGetValue(m.Name + "-flags", out var flags) || !flags.Findings.Any(f => f.Rule == m.Id && f.Verdict == m.Verdict.ToText()))
            .Select(m => $"{m.Id} {m.Name}")
            .ToList();
        var withoutClean = rules.Where(m => !cases.ContainsKey(m.Name + "-clean")).Select(m => $"{m.Id} {m.Name}").ToList();

        Assert.That(withoutFlagging, Is.Empty, "rules without a <name>-flags case listing the rule at its documented verdict");
        Assert.That(withoutClean, Is.Empty, "rules without a <name>-clean case");
    }

    [TestCaseSource(nameof(PostgresCases))]
    public void Check_gives_the_expected_verdict_and_findings(FixtureCase fixture) => AssertCheck(fixture, DialectNames.Postgres);

    private static void AssertCheck(FixtureCase fixture, string dialect)
    {
        string[] dialectArguments = dialect == DialectNames.Postgres ? [] : ["--dialect", dialect];
        string[] arguments = ["check", .. WindowArguments(fixture, dialect), "--format", "json", "--fail-on", "never", .. dialectArguments];

        var result = Cli.Run(arguments);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var report = JsonDocument.Parse(result.Output);
        var dialects = report.RootElement.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("dialect").GetString()).Distinct();
        Assert.That(dialects, Is.All.EqualTo(dialect), "the dialect the report says each migration was read as");
        var findings = report.RootElement.GetProperty("migrations").EnumerateArray()
            .SelectMany(m => m.GetProperty("findings").EnumerateArray().Select(f => (Migration: m, Finding: f)))
            .Select(p => new Actual(
                p.Finding.GetProperty("rule").GetString()!,
                p.Finding.GetProperty("verdict").GetString()!,
                Path.GetFileName(p.Finding.GetProperty("file").GetString()!),
                Path.GetFileName(p.Migration.GetProperty("upFile").GetString()!),
                p.Finding.GetProperty("line").GetInt32(),
                p.Finding.GetProperty("column").GetInt32(),
                p.Finding.GetProperty("message").GetString()!,
                p.Finding.TryGetProperty("suppression", out _)))
            .ToList();
        var defaultFile = DefaultFile(fixture, dialect);
        var described = string.Join("\n", findings.Select(f => $"  {f}"));

        Assert.Multiple(() =>
        {
            Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo(fixture.Verdict), $"window verdict; findings:\n{described}");
            foreach (var expected in fixture.Findings)
            {
                var file = expected.File ?? defaultFile;
                Assert.That(
                    findings.Any(f => f.Rule == expected.Rule && f.Verdict == expected.Verdict && f.Line == expected.Line
                        && (expected.Column is null || f.Column == expected.Column) && (file is null || f.File == file || f.File.EndsWith(file, StringComparison.Ordinal))),
                    Is.True,
                    $"expected {expected} in {file}; found:\n{described}");
            }

            // Suppressed findings count toward no verdict; a case lists them only to pin them.
            foreach (var unexpected in findings.Where(f => f.Verdict != "safe" && !f.Suppressed))
            {
                Assert.That(
                    fixture.Findings.Any(e => e.Rule == unexpected.Rule && e.Verdict == unexpected.Verdict && e.Line == unexpected.Line),
                    Is.True,
                    $"unexpected finding {unexpected}");
            }
        });
    }

    [TestCaseSource(nameof(EfCoreCases))]
    public void Check_of_ef_core_migrations_gives_the_expected_verdict_and_findings(FixtureCase fixture) =>
        Check_gives_the_expected_verdict_and_findings(fixture);

    [Test]
    public void Ef_core_fixtures_are_there() =>
        Assert.That(FixtureCase.All("efcore").Count(), Is.GreaterThanOrEqualTo(30), "cases under migrations-fixtures/efcore");

    /// <summary>The window as command-line arguments: the folder for "all", else the files of the listed (or newest) migrations.</summary>
    private static IEnumerable<string> WindowArguments(FixtureCase fixture, string dialect)
    {
        if (fixture.Window is ["all"])
        {
            return [fixture.Folder];
        }

        var set = new MigrationDiscovery(new DiscoveryOptions(dialect)).ScanFolder(fixture.Folder)
            ?? throw new AssertionException($"{fixture.Name}: no migrations found in {fixture.Folder}");
        var versions = fixture.Window ?? [set.Migrations[^1].Version];
        var files = set.Migrations.Where(m => versions.Contains(m.Version)).Select(m => m.Up.FilePath).Distinct().ToList();
        Assert.That(files, Has.Count.GreaterThan(0), $"{fixture.Name}: window {string.Join(", ", versions)} matches no migration");
        return files;
    }

    private static string? DefaultFile(FixtureCase fixture, string dialect)
    {
        if (fixture.Window is ["all"] || fixture.Window is { Count: > 1 })
        {
            return null;
        }

        var set = new MigrationDiscovery(new DiscoveryOptions(dialect)).ScanFolder(fixture.Folder)!;
        var version = fixture.Window?[0] ?? set.Migrations[^1].Version;
        return Path.GetFileName(set.Migrations.First(m => m.Version == version).Up.FilePath);
    }

    private sealed record Actual(string Rule, string Verdict, string File, string UpFile, int Line, int Column, string Message, bool Suppressed)
    {
        public override string ToString() => $"{Rule} {Verdict}{(Suppressed ? " (suppressed)" : string.Empty)} at {File}:{Line}:{Column} — {Message}";
    }
}
