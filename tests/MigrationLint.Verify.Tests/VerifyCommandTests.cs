using System.Text.Json;
using MigrationLint.Cli.Tests;
using CommandRun = MigrationLint.Cli.Tests.Cli;
using MigrationLint.Verify.Server;

namespace MigrationLint.Verify.Tests;

/// <summary>
/// <c>migrationlint verify</c> on the sample's history: the correct downs of v1.2.0 round-trip; a
/// down that forgets an index, recreates a column with another type or nullability, or leaves a
/// rename in place is reported on that down file, naming the object. Each case runs in a fresh
/// database of the fixture's server (--database), so the suite starts one server.
/// </summary>
[NonParallelizable]
public sealed class VerifyCommandTests
{
    private const string Rename = "000008_rename_certificates_not_after";
    private const string Limit = "000009_limit_agent_name_length";
    private const string RequestedBy = "000010_add_renewal_jobs_requested_by";

    private ThrowawayServer _server = null!;
    private SampleBranches _sample = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _server = TestServer.StartOrIgnore();
        _sample = new SampleBranches();
        _sample.Branch("forgets-index", "v1.2.0",
            ($"{Limit}.up.sql", "-- Agents are looked up by name only now.\nALTER TABLE agents ALTER COLUMN name TYPE varchar(63);\nDROP INDEX certificate_deployments_agent_id_idx;\n"));
        _sample.Branch("other-type", "v1.2.0", ($"{Limit}.down.sql", "ALTER TABLE agents ALTER COLUMN name TYPE varchar(100);\n"));
        _sample.Branch("other-nullability", "v1.2.0", ($"{Limit}.down.sql", "ALTER TABLE agents ALTER COLUMN name TYPE varchar(255), ALTER COLUMN name DROP NOT NULL;\n"));
        _sample.Branch("leaves-table", "v1.2.0",
            ($"{RequestedBy}.up.sql", "ALTER TABLE renewal_jobs ADD COLUMN requested_by text NOT NULL;\nCREATE TABLE renewal_notes (job_id bigint, note text);\n"));
        _sample.Branch("rename-left", "v1.2.0", ($"{Rename}.down.sql", "ALTER INDEX certificates_expires_at_idx RENAME TO certificates_not_after_idx;\n"));
        _sample.Branch("dynamic-down", "v1.2.0", ($"{Rename}.down.sql",
            "ALTER INDEX certificates_expires_at_idx RENAME TO certificates_not_after_idx;\nDO $$ BEGIN EXECUTE 'ALTER TABLE certificates RENAME COLUMN ' || 'expires_at TO not_after'; END $$;\n"));
        _sample.Branch("failing-down", "v1.2.0", ($"{RequestedBy}.down.sql", "ALTER TABLE renewal_jobs DROP COLUMN requested_by;\nDROP INDEX renewal_jobs_requested_by_idx;\n"));
        _sample.Branch("seedable", "v1.2.0",
            ($"{RequestedBy}.up.sql", "ALTER TABLE renewal_jobs ADD COLUMN requested_by text NOT NULL DEFAULT 'scheduler';\n"),
            ($"{Rename}.down.sql", "-- Puts the old column back (empty: the expiry dates stay in expires_at, then go).\nALTER TABLE certificates DROP COLUMN expires_at;\nALTER TABLE certificates ADD COLUMN not_after timestamptz;\nCREATE INDEX certificates_not_after_idx ON certificates (not_after);\nCREATE INDEX certificates_renewal_due_idx ON certificates (not_after) WHERE auto_renew;\n"));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _sample?.Dispose();
        _server?.Dispose();
    }

    private CommandRun.Result Verify(string from, string to, params string[] more) =>
        CommandRun.RunIn(_sample.Root, ["verify", "migrations", "--from", from, "--to", to, "--database", _server.OpenDatabase(CancellationToken.None), .. more]);

    private static List<(string Rule, string File, int Line, string Message)> Findings(CommandRun.Result result)
    {
        using var report = JsonDocument.Parse(result.Output);
        return [.. report.RootElement.GetProperty("migrations").EnumerateArray()
            .SelectMany(m => m.GetProperty("findings").EnumerateArray())
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("message").GetString()!))];
    }

    private static List<(string Rule, string File, int Line, string Message)> VerifyFindings(CommandRun.Result result) =>
        [.. Findings(result).Where(f => f.Rule is "ML116" or "ML412" or "ML413" or "ML414" or "ML914" or "ML915" or "ML916")];

    [Test]
    public void The_correct_downs_of_v1_2_0_round_trip_with_no_difference()
    {
        var json = Verify("v1.1.0", "v1.2.0", "--format", "json");
        var text = Verify("v1.1.0", "v1.2.0");

        Assert.That(json.ExitCode, Is.EqualTo(1), json.Error + json.Output);
        Assert.That(VerifyFindings(json), Is.Empty);
        using var report = JsonDocument.Parse(json.Output);
        Assert.That(report.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("schema-revert"), "verify adds nothing to a correct revert");
        Assert.That(text.Output, Does.Contain("Verify: the migrations ran on database"));
        Assert.That(text.Output, Does.Contain($"migrations/{RequestedBy}.down.sql  round-trips"));
        Assert.That(text.Output, Does.Contain($"migrations/{Limit}.down.sql  round-trips"));
        Assert.That(text.Output, Does.Contain($"migrations/{Rename}.down.sql  round-trips"));
        Assert.That(text.Output, Does.Contain("bookkeeping: UPDATE schema_migrations SET version = 7, dirty = false; ran; the runner's table is as it was at 000007"));
        Assert.That(text.Output, Does.Contain("upgrade again: 000008, 000009, 000010 applied, giving the same schema as the first upgrade"));
        Assert.That(text.Output, Does.Contain("static analysis: agrees with the server about every down on the path"));
    }

    [Test]
    public void A_down_that_forgets_to_recreate_an_index_is_reported_on_that_down()
    {
        var result = Verify("v1.1.0", "forgets-index", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        var found = VerifyFindings(result);
        Assert.That(found, Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML412" && f.File == $"migrations/{Limit}.down.sql" && f.Message.Contains("index certificate_deployments_agent_id_idx on certificate_deployments is missing")));
        Assert.That(found, Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML915" && f.File == $"migrations/{Limit}.up.sql" && f.Line == 3 && f.Message.Contains("certificate_deployments_agent_id_idx")),
            "the up cannot run again: the index it drops is not there");
        Assert.That(found.Where(f => f.Rule == "ML412"), Has.All.Matches<(string Rule, string File, int Line, string Message)>(f => f.File.EndsWith($"{Limit}.down.sql", StringComparison.Ordinal)),
            "the other downs are correct and are not blamed");
    }

    [Test]
    public void A_down_that_recreates_a_column_with_another_type_is_reported()
    {
        var result = Verify("v1.1.0", "other-type", "--format", "json");

        var difference = VerifyFindings(result).Single(f => f.Rule == "ML412");
        Assert.That(difference.File, Is.EqualTo($"migrations/{Limit}.down.sql"));
        Assert.That(difference.Message, Does.Contain("column agents.name has type character varying(100) instead of character varying(255)"));
        Assert.That(difference.Line, Is.EqualTo(1));
    }

    [Test]
    public void A_down_that_recreates_a_column_with_another_nullability_is_reported()
    {
        var result = Verify("v1.1.0", "other-nullability", "--format", "json");

        var difference = VerifyFindings(result).Single(f => f.Rule == "ML412");
        Assert.That(difference.File, Is.EqualTo($"migrations/{Limit}.down.sql"));
        Assert.That(difference.Message, Does.Contain("column agents.name is NULL instead of NOT NULL"));
    }

    [Test]
    public void A_down_that_leaves_a_renamed_column_renamed_is_reported()
    {
        var result = Verify("v1.1.0", "rename-left", "--format", "json");

        Assert.That(VerifyFindings(result), Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML412" && f.File == $"migrations/{Rename}.down.sql"
            && f.Message.Contains("column certificates.not_after is missing: certificates.expires_at is there instead with the same definition (a rename left in place)")));
        using var report = JsonDocument.Parse(result.Output);
        Assert.That(report.RootElement.GetProperty("rollbackPlan").GetProperty("procedure").GetString(), Is.EqualTo("full-restore"));
    }

    [Test]
    public void A_leftover_the_old_release_cannot_notice_is_reported_as_safe_and_the_second_upgrade_trips_over_it()
    {
        var result = Verify("v1.1.0", "leaves-table", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var findings = report.RootElement.GetProperty("migrations").EnumerateArray().SelectMany(m => m.GetProperty("findings").EnumerateArray()).ToList();
        var leftover = findings.Single(f => f.GetProperty("rule").GetString() == "ML116");
        Assert.That(leftover.GetProperty("verdict").GetString(), Is.EqualTo("safe"));
        Assert.That(leftover.GetProperty("file").GetString(), Is.EqualTo($"migrations/{RequestedBy}.down.sql"));
        Assert.That(leftover.GetProperty("message").GetString(), Does.Contain("table renewal_notes is left behind"));
        Assert.That(findings.Select(f => f.GetProperty("rule").GetString()), Has.None.EqualTo("ML412"));
        var again = findings.Single(f => f.GetProperty("rule").GetString() == "ML915");
        Assert.That(again.GetProperty("message").GetString(), Does.Contain("relation \"renewal_notes\" already exists"));
        Assert.That(again.GetProperty("line").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public void Where_the_server_and_static_analysis_disagree_verify_says_so()
    {
        // Static analysis cannot read the rename inside EXECUTE of a concatenation; the server runs it.
        var dynamic = VerifyFindings(Verify("v1.1.0", "dynamic-down", "--format", "json"));
        // Static analysis cannot know the index never existed; the server refuses the DROP.
        var failing = VerifyFindings(Verify("v1.1.0", "failing-down", "--format", "json"));

        Assert.That(dynamic.Where(f => f.Rule == "ML412"), Is.Empty, "the down does revert on the server");
        Assert.That(dynamic, Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML916" && f.File == $"migrations/{Rename}.down.sql" && f.Message.Contains("but on PostgreSQL it round-trips")));
        Assert.That(failing, Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML413" && f.File == $"migrations/{RequestedBy}.down.sql" && f.Line == 2 && f.Message.Contains("index \"renewal_jobs_requested_by_idx\" does not exist")));
        Assert.That(failing, Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML916" && f.Message.Contains("static analysis finds nothing wrong with its down, but on PostgreSQL it fails")));
    }

    [Test]
    public void Seeded_rows_show_an_up_that_fails_on_data_and_the_revert_is_checked_without_them()
    {
        // Without --database: verify starts (and removes) its own server, so it can start over on an empty database.
        var result = CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--seed",
            "--format", "json", "--output", Path.Combine(_sample.Root, "..", "seed.json"), "--format", "text");

        var json = File.ReadAllText(Path.Combine(_sample.Root, "..", "seed.json"));
        using var report = JsonDocument.Parse(json);
        var failed = report.RootElement.GetProperty("migrations").EnumerateArray().SelectMany(m => m.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("rule").GetString() == "ML914");
        Assert.That(failed.GetProperty("file").GetString(), Is.EqualTo($"migrations/{RequestedBy}.up.sql"));
        Assert.That(failed.GetProperty("line").GetInt32(), Is.EqualTo(2));
        Assert.That(failed.GetProperty("message").GetString(), Does.Contain("once its tables hold rows").And.Contain("contains null values"));
        Assert.That(result.Output, Does.Contain("Verify: the migrations ran on a throwaway PostgreSQL"));
        Assert.That(result.Output, Does.Contain("repeated on an empty database, without seeded rows:"));
        Assert.That(result.Output, Does.Contain($"migrations/{Rename}.down.sql  round-trips"));
    }

    [Test]
    public void Seeded_rows_confirm_a_down_that_destroys_data()
    {
        var result = Verify("v1.1.0", "seedable", "--seed", "--format", "json");

        var found = VerifyFindings(result);
        Assert.That(found, Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f =>
            f.Rule == "ML414" && f.File == $"migrations/{Rename}.down.sql" && f.Message.Contains("3 seeded values of certificates.not_after are now NULL")));
        Assert.That(found.Where(f => f.Rule == "ML916"), Is.Empty, $"static analysis (ML411) says the same: {string.Join("\n", found)}");
        Assert.That(Findings(result), Has.Some.Matches<(string Rule, string File, int Line, string Message)>(f => f.Rule == "ML411"));
    }

    [Test]
    public void Seeded_rows_confirm_the_data_a_full_restore_release_destroys()
    {
        var result = Verify("v1.2.0", "v1.3.0", "--seed");

        Assert.That(result.Output, Does.Contain("revert: the plan reverts nothing: no down migration runs"));
        Assert.That(result.Output, Does.Contain("column agents.legacy_token is gone with its 3 seeded values (by the up of 000011)"));
        Assert.That(result.Output, Does.Contain("table agent_heartbeats is gone with its 3 seeded rows (by the up of 000012)"));
        Assert.That(result.Output, Does.Contain("000011: the up loses seeded data, as ML401 says"));
        Assert.That(result.Output, Does.Not.Contain("DISAGREES"));
    }

    [TestCase("golang-migrate", "UPDATE schema_migrations SET version = 7, dirty = false;")]
    [TestCase("ledger", "DELETE FROM schema_migrations WHERE version IN ('000010_add_renewal_jobs_requested_by.up.sql', '000009_limit_agent_name_length.up.sql', '000008_rename_certificates_not_after.up.sql');")]
    [TestCase("goose", "DELETE FROM goose_db_version WHERE version_id IN (10, 9, 8);")]
    [TestCase("dbmate", "DELETE FROM schema_migrations WHERE version IN ('000010', '000009', '000008');")]
    [TestCase("flyway", "DELETE FROM flyway_schema_history WHERE version IN ('000010', '000009', '000008');")]
    [TestCase("efcore", "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" IN ('000010_add_renewal_jobs_requested_by', '000009_limit_agent_name_length', '000008_rename_certificates_not_after');")]
    public void The_bookkeeping_the_plan_gives_each_runner_runs_on_the_server(string runner, string statement)
    {
        var result = Verify("v1.1.0", "v1.2.0", "--runner", runner);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain($"bookkeeping: {statement} ran; the runner's table is as it was at 000007"));
    }

    [Test]
    public void A_database_with_tables_is_refused_unless_the_user_says_so()
    {
        var database = _server.OpenDatabase(CancellationToken.None);
        using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            connection.Open();
            using var create = new Npgsql.NpgsqlCommand("CREATE TABLE customers (id int PRIMARY KEY); INSERT INTO customers VALUES (1);", connection);
            create.ExecuteNonQuery();
        }

        var refused = CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--database", database);
        var allowed = CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--database", database, "--allow-existing-data");

        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("is not empty (1 table, e.g. public.customers)").And.Contain("--allow-existing-data"));
        Assert.That(refused.Output, Is.Empty);
        Assert.That(allowed.ExitCode, Is.EqualTo(1), allowed.Error);
        Assert.That(allowed.Output, Does.Contain("round-trips"));
        using var check = new Npgsql.NpgsqlConnection(database);
        check.Open();
        using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM customers", check);
        Assert.That(count.ExecuteScalar(), Is.EqualTo(1L), "the user's own data is left alone");
    }

    [Test]
    public void Usage_errors_exit_with_2()
    {
        var allowAlone = CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--allow-existing-data");
        var badConnection = CommandRun.RunIn(_sample.Root, "verify", "migrations", "--from", "v1.1.0", "--to", "v1.2.0", "--database", "Host=/nonexistent-folder;Database=x;Username=y;Timeout=2");

        Assert.That(allowAlone.ExitCode, Is.EqualTo(2));
        Assert.That(allowAlone.Error, Does.Contain("--allow-existing-data goes with --database"));
        Assert.That(badConnection.ExitCode, Is.EqualTo(2));
        Assert.That(badConnection.Error, Does.Contain("cannot connect to database x"));
    }
}
