using MigrationLint.Core.Configuration;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Tests;

public sealed class ConfigLoaderTests
{
    [Test]
    public void A_full_configuration_is_read()
    {
        var config = ConfigLoader.Parse(".migrationlint.yml", """
            dialect: postgres
            migrations: [db/migrations, services/billing/migrations]
            layout: goose
            runner: goose
            migrations-table: deploy.goose_db_version
            fail-on: schema-revert
            baseline: "000100"
            ignore:
              - db/migrations/legacy/**
            rules:
              ML212: off
              rename-column: full-restore
            release:
              tag-pattern: "release-{appVersion}"
            plan:
              namespace: certs
              release-name: certhub
            """);

        Assert.That(config.Dialect, Is.EqualTo("postgres"));
        Assert.That(config.Migrations, Is.EqualTo(new[] { "db/migrations", "services/billing/migrations" }));
        Assert.That(config.Layout, Is.EqualTo(MigrationLayout.Goose));
        Assert.That(config.MigrationsTable, Is.EqualTo("deploy.goose_db_version"));
        Assert.That(config.Baseline, Is.EqualTo("000100"), "versions stay text, leading zeros included");
        Assert.That(config.Rules["ML212"].Disabled, Is.True);
        Assert.That(config.Rules["ML301"].Verdict, Is.EqualTo(Verdict.FullRestore));
        Assert.That(config.TagPattern, Is.EqualTo("release-{appVersion}"));
        Assert.That(config.Plan.Namespace, Is.EqualTo("certs"));
    }

    [TestCase("dialct: postgres\n", "x.yml:1:1: unknown key 'dialct' (valid keys: dialect, migrations")]
    [TestCase("dialect: oracle\n", "x.yml:1:10: 'oracle' is not a valid dialect (valid: auto, postgres, sqlserver)")]
    [TestCase("fail-on: sometimes\n", "x.yml:1:10: 'sometimes' is not a valid fail-on (valid: safe, usually-safe, review, schema-revert, full-restore, never)")]
    [TestCase("rules:\n  ML000: off\n", "x.yml:2:3: unknown rule 'ML000'")]
    [TestCase("rules:\n  ML301: maybe\n", "x.yml:2:10: 'maybe' is not a valid setting for ML301 (valid: off, safe, usually-safe")]
    [TestCase("plan:\n  namespce: x\n", "x.yml:2:3: unknown key 'namespce' (valid keys: namespace, release-name")]
    [TestCase("migrations: {a: b}\n", "x.yml:1:13: 'migrations' must be a path or a list of paths")]
    [TestCase("dialect: [postgres\n", "x.yml:")]
    public void Bad_configuration_names_file_line_column_and_valid_choices(string yaml, string message)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("x.yml", yaml));

        Assert.That(error!.Message, Does.StartWith(message));
    }

    [Test]
    public void An_empty_file_is_an_empty_configuration() =>
        Assert.That(ConfigLoader.Parse("x.yml", "# nothing yet\n").Migrations, Is.Empty);

    [Test]
    public void The_nearest_file_above_wins()
    {
        using var folder = new Testing.TemporaryFolder();
        folder.Write(".migrationlint.yml", "fail-on: never\n");
        var service = folder.Write("services/billing/.migrationlint.yml", "fail-on: review\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "services/billing/db"));

        Assert.That(ConfigLoader.Find(Path.Combine(folder.Path, "services/billing/db")), Is.EqualTo(service));
        Assert.That(ConfigLoader.Find(Path.Combine(folder.Path, "services")), Is.EqualTo(Path.Combine(folder.Path, ".migrationlint.yml")));
    }

    [TestCase("legacy/**", "legacy/000001_x.up.sql", true)]
    [TestCase("legacy", "legacy/sub/000001_x.up.sql", true)]
    [TestCase("*.down.sql", "000001_x.down.sql", true)]
    [TestCase("*.down.sql", "db/000001_x.down.sql", false)]
    [TestCase("**/*.down.sql", "db/000001_x.down.sql", true)]
    [TestCase("db/0000?_x.sql", "db/00001_x.sql", true)]
    [TestCase("legacy/**", "current/000001_x.up.sql", false)]
    public void Ignore_globs_match_relative_paths(string glob, string path, bool expected)
    {
        var matcher = new PathGlob("/repo", [glob]);

        Assert.That(matcher.Matches(Path.Combine("/repo", path)), Is.EqualTo(expected));
    }
}
