using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Testing;

namespace MigrationLint.Reporting.Tests;

/// <summary>
/// The <c>sarif</c> format: valid against the SARIF 2.1.0 schema for every report the golden tests
/// use, with the catalogue's rules, stable fingerprints, encoded URIs, suppressions, input errors and
/// the rollback plan.
/// </summary>
public sealed class SarifFormatterTests
{
    private static IEnumerable<TestCaseData> AllReports() =>
        FormatterGoldenTests.AllReports().SelectMany(r => new[] { false, true }
            .Select(verbose => new TestCaseData(r.Report, verbose).SetName($"sarif/{r.Name}{(verbose ? "-verbose" : string.Empty)}")));

    [TestCaseSource(nameof(AllReports))]
    public void Output_is_valid_against_the_sarif_schema(AnalysisReport report, bool verbose)
    {
        var results = SarifSchema.Evaluate(Sarif(report, verbose));

        Assert.That(results.IsValid, Is.True, SarifSchema.Describe(results));
    }

    /// <summary>The validation can fail: each change breaks one rule of the schema.</summary>
    [TestCase("level", "\"fatal\"", TestName = "Invalid: a result level SARIF does not know")]
    [TestCase("startLine", "0", TestName = "Invalid: a line before the first")]
    [TestCase("kind", "\"inComment\"", TestName = "Invalid: an unknown suppression kind")]
    [TestCase("helpUri", "\"not a uri\"", TestName = "Invalid: a help URI that is not a URI")]
    [TestCase("version", "\"2.0.0\"", TestName = "Invalid: another SARIF version")]
    [TestCase("bogus", "1", TestName = "Invalid: a property the schema does not allow")]
    [TestCase("ruleIndex", "-2", TestName = "Invalid: a negative rule index")]
    public void The_schema_rejects_a_broken_document(string property, string value)
    {
        var document = JsonNode.Parse(Sarif(Reports.WithSuppressions(Reports.Of("samples/certhub/migrations/000008_*.up.sql"))))!;
        var run = document["runs"]![0]!;
        var result = run["results"]![0]!;
        var suppressed = run["results"]!.AsArray().First(r => r!["suppressions"] is not null)!;
        var target = property switch
        {
            "startLine" => result["locations"]![0]!["physicalLocation"]!["region"]!,
            "kind" => suppressed["suppressions"]![0]!,
            "helpUri" => run["tool"]!["driver"]!["rules"]![0]!,
            "version" or "bogus" => document,
            _ => result,
        };
        Assert.That(SarifSchema.Evaluate(document.ToJsonString()).IsValid, Is.True, "valid before the change");

        target[property] = JsonNode.Parse(value);

        Assert.That(SarifSchema.Evaluate(document.ToJsonString()).IsValid, Is.False, $"{property}: {value} passed the schema");
    }

    [Test]
    public void The_driver_lists_every_rule_of_the_catalogue_with_its_page()
    {
        using var sarif = JsonDocument.Parse(Sarif(Reports.Of("samples/certhub/migrations/000008_*.up.sql")));
        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var catalogue = RuleCatalogue.All.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("MigrationLint"));
        Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(catalogue.Select(r => r.Id)));
        Assert.Multiple(() =>
        {
            foreach (var (rule, metadata) in rules.Zip(catalogue))
            {
                Assert.That(rule.GetProperty("name").GetString(), Is.EqualTo(metadata.Name));
                Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo(metadata.Title));
                Assert.That(rule.GetProperty("fullDescription").GetProperty("text").GetString(), Is.Not.Empty.And.Not.Contains("`").And.Not.Contains("\n"));
                Assert.That(rule.GetProperty("help").GetProperty("markdown").GetString(), Is.EqualTo(metadata.Documentation));
                Assert.That(rule.GetProperty("help").GetProperty("text").GetString(), Does.Not.Contain("```").And.Not.Contains("## "));
                Assert.That(rule.GetProperty("helpUri").GetString(), Is.EqualTo(metadata.HelpUri));
                Assert.That(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo(Level(metadata.Verdict)));
                Assert.That(rule.GetProperty("properties").GetProperty("verdict").GetString(), Is.EqualTo(metadata.Verdict.ToText()));
            }
        });
    }

    [Test]
    public void One_rule_entry_matches_the_golden_file()
    {
        var rules = JsonNode.Parse(Sarif(Reports.Of("samples/certhub/migrations/000008_*.up.sql")))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        var rule = rules.Single(r => r!["id"]!.GetValue<string>() == "ML301")!;

        GoldenFile.AssertMatches("sarif/rule-ML301.json", rule.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    [Test]
    public void Results_point_at_their_rule_and_carry_the_verdict()
    {
        using var sarif = JsonDocument.Parse(Sarif(Reports.Of(Reports.HostileNames)));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Multiple(() =>
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
                Assert.That(rule.GetProperty("id").GetString(), Is.EqualTo(result.GetProperty("ruleId").GetString()));
                Assert.That(VerdictText.TryParse(result.GetProperty("properties").GetProperty("verdict").GetString(), out var verdict), Is.True);
                Assert.That(result.GetProperty("level").GetString(), Is.EqualTo(Level(verdict)));
            }
        });
    }

    [Test]
    public void Safe_findings_are_results_only_when_asked_for()
    {
        var report = Reports.Of("samples/certhub/migrations/000005_*.up.sql", "samples/certhub/migrations/000006_*.up.sql", "samples/certhub/migrations/000007_*.up.sql");

        Assert.That(Results(Sarif(report)).Count(r => r.GetProperty("level").GetString() == "none"), Is.Zero);
        Assert.That(Results(Sarif(report, verbose: true)).Count(r => r.GetProperty("level").GetString() == "none"), Is.EqualTo(report.Migrations.SelectMany(m => m.Findings).Count(f => f.Verdict == Verdict.Safe)));
    }

    [Test]
    public void Fingerprints_survive_line_shifts_and_tell_findings_apart()
    {
        var report = Reports.Of(Reports.HostileNames);
        var shifted = report with
        {
            Migrations = [.. report.Migrations.Select(m => m with
            {
                Findings = [.. m.Findings.Select(f => f with { Span = f.Span with { Line = f.Span.Line + 7, EndLine = f.Span.EndLine + 7, Column = f.Span.Column + 2 } })],
            })],
        };

        var before = Fingerprints(Sarif(report));
        var after = Fingerprints(Sarif(shifted));

        Assert.That(after, Is.EqualTo(before));
        Assert.That(before, Is.Unique);
        Assert.That(before, Is.EqualTo(Fingerprints(Sarif(report))), "the same input gives the same fingerprints");
    }

    [Test]
    public void Identical_findings_in_one_file_get_their_own_fingerprints()
    {
        var span = new SourceSpan("a.sql", 1, 1, 1, 5);
        var report = Report(
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, span, "renames column t.a to b"),
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, span with { Line = 9, EndLine = 9 }, "renames column t.a to b"),
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, span with { File = "b.sql" }, "renames column t.a to b"));

        var fingerprints = Fingerprints(Sarif(report));

        Assert.That(fingerprints, Is.Unique);
        Assert.That(fingerprints[0][..32], Is.EqualTo(fingerprints[1][..32]));
        Assert.That(fingerprints.Select(f => f[^2..]), Is.EqualTo(new[] { ":1", ":2", ":1" }));
    }

    [Test]
    public void Artifact_uris_are_relative_encoded_references_under_srcroot()
    {
        var results = Results(Sarif(Reports.Of(Reports.HostileNames)));
        var locations = results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();
        var uris = locations.Select(l => l.GetProperty("uri").GetString()!).Distinct().ToList();

        Assert.That(uris, Is.EqualTo(new[]
        {
            "migrations-fixtures/postgres/hostile-names/000002_a%2Cb%3Ac%25d.up.sql",
            "migrations-fixtures/postgres/hostile-names/000003_not%20null%20%C3%BC.up.sql",
        }));
        Assert.Multiple(() =>
        {
            foreach (var location in locations)
            {
                Assert.That(location.GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
            }

            foreach (var uri in uris)
            {
                Assert.That(Uri.IsWellFormedUriString(uri, UriKind.Relative), Is.True, uri);
            }
        });
        Assert.That(uris.Select(Uri.UnescapeDataString), Is.EqualTo(new[]
        {
            "migrations-fixtures/postgres/hostile-names/000002_a,b:c%d.up.sql",
            "migrations-fixtures/postgres/hostile-names/000003_not null ü.up.sql",
        }));
    }

    [Test]
    public void Braces_in_messages_are_doubled_so_they_are_not_placeholders()
    {
        var report = Report(new Finding("ML105", "add-column-with-default", Verdict.UsuallySafe, new SourceSpan("a.sql", 1, 1, 1, 5), "adds column t.\"{0}\" with DEFAULT '{}'::jsonb"));

        var message = Results(Sarif(report))[0].GetProperty("message").GetProperty("text").GetString();

        Assert.That(message, Is.EqualTo("adds column t.\"{{0}}\" with DEFAULT '{{}}'::jsonb"));
    }

    [Test]
    public void Absolute_and_windows_paths_become_uris_too()
    {
        var span = new SourceSpan("/srv/repo/db/0001 x.up.sql", 1, 1, 1, 5);
        var report = Report(
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, span, "absolute"),
            new Finding("ML301", "rename-column", Verdict.SchemaRevert, span with { File = "./db\\0002_y.up.sql" }, "backslashes"));

        var locations = Results(Sarif(report)).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();

        Assert.That(locations[0].GetProperty("uri").GetString(), Is.EqualTo("file:///srv/repo/db/0001%20x.up.sql"));
        Assert.That(locations[0].TryGetProperty("uriBaseId", out _), Is.False);
        Assert.That(locations[1].GetProperty("uri").GetString(), Is.EqualTo("db/0002_y.up.sql"));
    }

    [Test]
    public void Suppressed_findings_stay_marked_with_the_reason()
    {
        var results = Results(Sarif(Reports.WithSuppressions(Reports.Of("samples/certhub/migrations/000008_*.up.sql", "samples/certhub/migrations/000009_*.up.sql"))));
        var suppressions = results.Where(r => r.TryGetProperty("suppressions", out _))
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("suppressions")[0]);

        Assert.That(suppressions.Keys, Is.EquivalentTo(new[] { "ML301", "ML310" }));
        Assert.That(suppressions["ML301"].GetProperty("kind").GetString(), Is.EqualTo("inSource"));
        Assert.That(suppressions["ML301"].GetProperty("justification").GetString(), Does.StartWith("the old release reads the column through a view"));
        Assert.That(suppressions["ML310"].GetProperty("kind").GetString(), Is.EqualTo("external"));
        Assert.That(suppressions["ML310"].GetProperty("location").GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(".migrationlint.yml"));
    }

    [Test]
    public void Input_errors_and_notes_are_tool_execution_notifications()
    {
        var report = Reports.Of("migrations-fixtures/postgres/unreadable-script-flags/000002_*.up.sql", "samples/certhub/no-such-migration.up.sql", "migrations-fixtures/postgres/missing-down/000002_*.up.sql");

        using var sarif = JsonDocument.Parse(Sarif(report));
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();

        Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
        Assert.That(notifications.Where(n => n.GetProperty("level").GetString() == "error").Select(n => n.GetProperty("message").GetProperty("text").GetString()), Is.EqualTo(report.Errors.Select(e => e.Message)));
        Assert.That(notifications.Where(n => n.GetProperty("level").GetString() == "note").Select(n => n.GetProperty("properties").GetProperty("kind").GetString()), Is.EqualTo(report.Notices.Select(n => n.Kind)));
        Assert.That(report.Notices, Is.Not.Empty);
    }

    [Test]
    public void The_rollback_plan_travels_in_the_run_properties()
    {
        var report = Reports.Of("samples/certhub/migrations/000008_*.up.sql", "samples/certhub/migrations/000009_*.up.sql", "samples/certhub/migrations/000010_*.up.sql");

        using var sarif = JsonDocument.Parse(Sarif(report));
        var properties = sarif.RootElement.GetProperty("runs")[0].GetProperty("properties");
        var plan = properties.GetProperty("rollbackPlan");

        Assert.That(properties.GetProperty("verdict").GetString(), Is.EqualTo("schema-revert"));
        Assert.That(plan.GetProperty("procedure").GetString(), Is.EqualTo("rollback-with-schema-revert"));
        Assert.That(plan.GetProperty("targetVersion").GetString(), Is.EqualTo("000007"));
        Assert.That(plan.GetProperty("revert").EnumerateArray().Select(r => r.GetProperty("version").GetString()), Is.EqualTo(new[] { "000010", "000009", "000008" }));
        Assert.That(plan.GetProperty("revert")[0].GetProperty("file").GetString(), Is.EqualTo(report.RollbackPlan.Revert[0].File));
    }

    [Test]
    public void The_tool_version_is_the_informational_version_without_the_commit()
    {
        var informational = typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.That(SarifFormatter.DefaultToolVersion, Does.Not.Contain("+"));
        Assert.That(informational, Does.StartWith(SarifFormatter.DefaultToolVersion));
        Assert.That(SarifFormatter.WithoutBuildMetadata("1.2.3-rc.1+abc123"), Is.EqualTo("1.2.3-rc.1"));

        using var sarif = JsonDocument.Parse(Reports.Format(ReportFormatters.ByName("sarif"), Report()));
        Assert.That(sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("version").GetString(), Is.EqualTo(SarifFormatter.DefaultToolVersion));
    }

    private static string Level(Verdict verdict) => verdict switch
    {
        Verdict.FullRestore or Verdict.SchemaRevert => "error",
        Verdict.Review => "warning",
        Verdict.UsuallySafe => "note",
        _ => "none",
    };

    private static string Sarif(AnalysisReport report, bool verbose = false) => Reports.Format(Reports.Formatter("sarif"), report, verbose);

    private static List<JsonElement> Results(string sarif) =>
        [.. JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()];

    private static List<string> Fingerprints(string sarif) =>
        [.. Results(sarif).Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifFormatter.FingerprintKey).GetString()!)];

    private static AnalysisReport Report(params Finding[] findings)
    {
        var verdict = findings.Select(f => f.Verdict).Highest();
        var migration = new MigrationReport("000001", "x", verdict, "a.sql", null, "postgres", true, [.. findings]);
        return new AnalysisReport(verdict, [migration], new RollbackPlan(RollbackProcedure.StandardRollback, [], null, false, []), ImmutableArray<InputError>.Empty);
    }
}
