using MigrationLint.Verify.Data;
using MigrationLint.Verify.Schema;
using MigrationLint.Verify.Server;
using Npgsql;

namespace MigrationLint.Verify.Tests;

/// <summary>
/// The snapshot sees what the issue lists (tables, columns with types, nullability and defaults,
/// constraints, indexes, views, functions, triggers, sequences, enum values, grants), and the
/// comparison names each change so a person can find it.
/// </summary>
[NonParallelizable]
public sealed class SchemaSnapshotTests
{
    private const string Schema = """
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE SEQUENCE ticket_numbers START 100;
        CREATE TABLE people (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name varchar(40) NOT NULL DEFAULT 'anon',
            mood mood,
            ticket int DEFAULT nextval('ticket_numbers'),
            CONSTRAINT people_name_check CHECK (name <> ''),
            CONSTRAINT people_name_key UNIQUE (name));
        CREATE TABLE notes (id int PRIMARY KEY, person_id bigint REFERENCES people (id), body text);
        CREATE INDEX notes_person_idx ON notes (person_id);
        CREATE VIEW cheerful AS SELECT id, name FROM people WHERE mood = 'ok';
        CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql AS $$ SELECT upper(t) $$;
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER people_touch BEFORE UPDATE ON people FOR EACH ROW EXECUTE FUNCTION touch();
        GRANT SELECT ON people TO reader_for_snapshot_tests;
        """;

    private ThrowawayServer _server = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _server = TestServer.StartOrIgnore();
        using var connection = new NpgsqlConnection(_server.ConnectionString("postgres"));
        connection.Open();
        // Roles belong to the server, not to a database: one for the fixture.
        Execute(connection, "CREATE ROLE reader_for_snapshot_tests");
    }

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    private (SchemaSnapshot Before, SchemaSnapshot After) Change(string change)
    {
        using var connection = new NpgsqlConnection(_server.OpenDatabase(CancellationToken.None));
        connection.Open();
        Execute(connection, Schema);
        var before = SchemaReader.Read(connection, null, CancellationToken.None);
        Execute(connection, change);
        return (before, SchemaReader.Read(connection, null, CancellationToken.None));
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private List<string> Differences(string change)
    {
        var (before, after) = Change(change);
        return [.. SchemaComparison.Compare(before, after).Select(d => d.Description)];
    }

    [Test]
    public void An_unchanged_schema_has_no_difference() => Assert.That(Differences("SELECT 1"), Is.Empty);

    [TestCase("ALTER TABLE notes ALTER COLUMN body TYPE varchar(10)", "column notes.body has type character varying(10) instead of text")]
    [TestCase("ALTER TABLE people ALTER COLUMN name DROP NOT NULL", "column people.name is NULL instead of NOT NULL")]
    [TestCase("ALTER TABLE people ALTER COLUMN name SET DEFAULT 'nobody'", "column people.name has default 'nobody'::character varying instead of 'anon'::character varying")]
    [TestCase("ALTER TABLE people DROP CONSTRAINT people_name_check", "constraint people_name_check on people is missing")]
    [TestCase("DROP INDEX notes_person_idx", "index notes_person_idx on notes is missing")]
    [TestCase("ALTER INDEX notes_person_idx RENAME TO notes_by_person", "index notes_person_idx on notes is missing: notes_by_person is there instead with the same definition (a rename left in place)")]
    [TestCase("CREATE OR REPLACE VIEW cheerful AS SELECT id, name FROM people WHERE mood = 'sad'", "view cheerful: its definition is")]
    [TestCase("CREATE OR REPLACE FUNCTION shout(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) $$", "function shout(t text): its definition is")]
    [TestCase("DROP TRIGGER people_touch ON people", "trigger people_touch on people is missing")]
    [TestCase("ALTER SEQUENCE ticket_numbers INCREMENT 5", "sequence ticket_numbers: its increment is 5 instead of 1")]
    [TestCase("ALTER TYPE mood ADD VALUE 'glad'", "type mood has the values 'sad', 'ok', 'glad' instead of 'sad', 'ok'")]
    [TestCase("REVOKE SELECT ON people FROM reader_for_snapshot_tests", "table people grants migrationlint:")]
    [TestCase("ALTER TABLE notes RENAME COLUMN body TO text", "column notes.body is missing: notes.text is there instead with the same definition (a rename left in place)")]
    [TestCase("ALTER TABLE notes RENAME TO remarks", "table notes is missing: remarks is there instead with the same definition (a rename left in place) (with the")]
    [TestCase("DROP TABLE notes", "table notes is missing (with the")]
    public void Each_kind_of_change_is_named(string change, string expected)
    {
        var differences = Differences(change);

        Assert.That(differences, Has.Some.StartsWith(expected), string.Join("\n", differences));
    }

    [Test]
    public void Leftovers_the_old_release_cannot_notice_do_not_count_but_ones_that_break_its_writes_do()
    {
        var (before, after) = Change("""
            ALTER TABLE people ADD COLUMN nickname text;
            ALTER TABLE people ADD COLUMN badge text NOT NULL DEFAULT 'x';
            ALTER TABLE people ADD COLUMN region text;
            ALTER TABLE people ALTER COLUMN region SET NOT NULL;
            CREATE INDEX people_mood_idx ON people (mood);
            CREATE TABLE audit (id int);
            ALTER TABLE notes ADD CONSTRAINT notes_body_check CHECK (body <> '');
            """);

        var differences = SchemaComparison.Compare(before, after).ToDictionary(d => d.Name, d => d.BreaksOldRelease);

        Assert.That(differences, Is.EquivalentTo(new Dictionary<string, bool>
        {
            ["nickname"] = false, ["badge"] = false, ["region"] = true, ["people_mood_idx"] = false, ["audit"] = false, ["notes_body_check"] = true,
        }));
    }

    [Test]
    public void The_runners_table_is_left_out()
    {
        using var connection = new NpgsqlConnection(_server.OpenDatabase(CancellationToken.None));
        connection.Open();
        Execute(connection, "CREATE TABLE goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL); CREATE TABLE kept (id int);");

        var snapshot = SchemaReader.Read(connection, "goose_db_version", CancellationToken.None);

        Assert.That(snapshot.Objects.Values.Select(o => o.Name), Has.None.Contains("goose_db_version"));
        Assert.That(snapshot.Find(SchemaObjectKind.Table, "kept"), Is.Not.Null);
    }

    [Test]
    public void Seeding_fills_every_table_and_the_comparison_sees_what_goes()
    {
        using var connection = new NpgsqlConnection(_server.OpenDatabase(CancellationToken.None));
        connection.Open();
        Execute(connection, Schema);
        var tables = new[] { "notes", "people" };

        var notes = DataSeeder.Seed(connection, tables, 3, CancellationToken.None);
        var before = DataReader.Read(connection, tables, CancellationToken.None);
        Execute(connection, "ALTER TABLE notes DROP COLUMN body; ALTER TABLE notes ADD COLUMN body text; UPDATE people SET name = name || '!' WHERE id = 1; DELETE FROM notes WHERE id = 2;");
        var lost = DataComparison.Lost(before, DataReader.Read(connection, tables, CancellationToken.None));

        Assert.That(notes, Is.Empty);
        Assert.That(before.Tables.Values.Select(t => t.Rows.Length), Is.All.EqualTo(3));
        Assert.That(lost.Select(l => l.Description), Is.EquivalentTo(new[]
        {
            "1 of the 3 seeded rows of notes is gone",
            "2 seeded values of notes.body are now NULL",
            "1 seeded value of people.name changed (e.g. \"1-name\" became \"1-name!\")",
        }));
        Assert.That(lost.Where(l => l.IsLoss).Select(l => l.Kind), Is.EquivalentTo(new[] { DataLossKind.RowsGone, DataLossKind.ValuesEmptied }));
    }
}
