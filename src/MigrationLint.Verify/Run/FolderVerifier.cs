using MigrationLint.Core.Discovery;
using MigrationLint.Core.Rules;
using MigrationLint.Verify.Data;
using MigrationLint.Verify.Execution;
using MigrationLint.Verify.Schema;
using Npgsql;

namespace MigrationLint.Verify.Run;

/// <summary>
/// Verifies one migrations folder in one database: the runner's table, the previous release's ups,
/// a schema snapshot (and, with seeding, rows in every table), the release's ups one by one, then the
/// plan's revert path exactly (downs newest first, then the bookkeeping statement), a snapshot after
/// each down, the ups again. Each difference from the schema the old release ran on is pinned on the
/// down that left it: the first one after which it stays until the end.
/// </summary>
public sealed class FolderVerifier(VerifyFolder folder, VerifyOptions options)
{
    private readonly List<VerifyEvent> _events = [];
    private readonly string? _bookkeepingTable = folder.Runner.KeepsTable ? folder.Runner.Table.Sql : null;
    private int _rank;

    public FolderOutcome Run(string connectionString, CancellationToken cancellation)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.OpenAsync(cancellation).GetAwaiter().GetResult();
        var outcome = new FolderOutcome { Directory = folder.DisplayPath(folder.Set.Directory), Runner = folder.Runner.Runner.Name, Seeded = options.Seed, TargetVersion = folder.Plan.TargetVersion };

        var bookkeeping = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (folder.Runner.KeepsTable)
        {
            Execute(connection, folder.Runner.CreateTable(), cancellation);
        }

        bookkeeping[string.Empty] = Bookkeeping(connection, cancellation);
        foreach (var migration in folder.Previous)
        {
            if (ApplyUp(connection, migration, StepDirection.Up, cancellation) is { Failure: not null } failed)
            {
                Observe(VerifyEventKind.UpFailed, migration, failed.File, failed.Failure, " (a migration of the previous release: the database it upgrades cannot be built from the files)");
                return outcome with { Stopped = $"the previous release's migration {migration.Version} fails: {failed.Failure.Message}", Events = _events };
            }

            bookkeeping[migration.Version] = Bookkeeping(connection, cancellation);
        }

        outcome = outcome with { PreviousApplied = folder.Previous.Count };
        var schemaBefore = new Dictionary<string, SchemaSnapshot>(StringComparer.Ordinal);
        var current = Snapshot(connection, cancellation);
        DataSnapshot? seeded = null;
        if (options.Seed)
        {
            var tables = current.OfKind(SchemaObjectKind.Table).Select(t => t.Name).ToList();
            outcome = outcome with { SeedNotes = DataSeeder.Seed(connection, tables, options.SeedRows, cancellation) };
            seeded = DataReader.Read(connection, tables, cancellation);
        }

        // The release's ups, one by one, with what each leaves of the seeded data.
        var window = folder.Set.Migrations.Where(folder.Set.IsInWindow).ToList();
        var ups = new List<StepResult>();
        var lossesAfter = new List<(StepResult Step, IReadOnlyList<DataLoss> Losses)>();
        foreach (var migration in window)
        {
            var step = ApplyUp(connection, migration, StepDirection.Up, cancellation);
            ups.Add(step);
            if (step.Failure is not null)
            {
                var withRows = seeded is not null && seeded.Tables.Values.Any(t => !t.Rows.IsEmpty) ? " once its tables hold rows (seeded before the release)" : string.Empty;
                Observe(VerifyEventKind.UpFailed, migration, step.File, step.Failure, withRows);
                return outcome with { Ups = ups, Stopped = $"the up of {migration.Version} fails{withRows}: {step.Failure.Message}", Events = _events };
            }

            bookkeeping[migration.Version] = Bookkeeping(connection, cancellation);
            schemaBefore[migration.Version] = current;
            current = Snapshot(connection, cancellation);
            if (seeded is not null)
            {
                lossesAfter.Add((step, DataComparison.Lost(seeded, DataReader.Read(connection, seeded.Tables.Keys, cancellation))));
            }
        }

        var released = current;
        var path = RevertPath(window);
        if (path.Count == 0)
        {
            var upLosses = Attribute(lossesAfter, l => l.Description);
            return outcome with
            {
                Ups = [.. ups.Select(u => u with { Losses = upLosses.GetValueOrDefault(u) ?? [] })],
                NothingToRevert = "the plan reverts nothing: no down migration runs",
                Events = _events,
            };
        }

        // The plan's revert path, exactly: downs newest first, each compared with the schema before its up.
        var downs = new List<StepResult>();
        var differencesAfter = new List<(StepResult Step, IReadOnlyList<SchemaDifference> Differences)>();
        string? stopped = null;
        foreach (var migration in path)
        {
            var step = ApplyDown(connection, migration, cancellation);
            downs.Add(step);
            if (step.Failure is not null)
            {
                Observe(VerifyEventKind.DownFailed, migration, step.File, step.Failure, string.Empty);
                stopped = $"the down of {migration.Version} fails: {step.Failure.Message}";
                break;
            }

            current = Snapshot(connection, cancellation);
            differencesAfter.Add((step, SchemaComparison.Compare(schemaBefore[migration.Version], current)));
            if (seeded is not null)
            {
                lossesAfter.Add((step, DataComparison.Lost(seeded, DataReader.Read(connection, seeded.Tables.Keys, cancellation))));
            }
        }

        if (stopped is not null)
        {
            return outcome with { Ups = ups, Downs = downs, Stopped = stopped, Events = _events };
        }

        var (statement, problem) = RunBookkeeping(connection, bookkeeping, cancellation);
        var differences = Attribute(differencesAfter, d => d.Description);
        var losses = Attribute(lossesAfter, l => l.Description);
        var leftovers = new List<SchemaDifference>();
        foreach (var (step, found) in differences)
        {
            foreach (var difference in found)
            {
                if (difference.BreaksOldRelease)
                {
                    Observe(VerifyEventKind.DownDifference, step, difference.Description, SpanLocator.Find(step.File, ScriptText(step), difference.Name, difference.Table));
                }
                else
                {
                    leftovers.Add(difference);
                    Observe(VerifyEventKind.DownLeftover, step, difference.Description, SpanLocator.Find(step.File, ScriptText(step), difference.Name, difference.Table));
                }
            }
        }

        foreach (var (step, lost) in losses.Where(l => l.Key.Direction == StepDirection.Down))
        {
            foreach (var loss in lost.Where(l => l.IsLoss))
            {
                Observe(VerifyEventKind.DataLost, step, loss.Description, SpanLocator.Find(step.File, ScriptText(step), loss.Column ?? loss.Table, loss.Column is null ? null : loss.Table));
            }
        }

        // A revert must leave the database ready to upgrade again: the same ups, oldest first.
        var again = new List<StepResult>();
        foreach (var migration in Enumerable.Reverse(path))
        {
            var step = ApplyUp(connection, migration, StepDirection.UpAgain, cancellation);
            again.Add(step);
            if (step.Failure is not null)
            {
                Observe(VerifyEventKind.UpAgainFailed, migration, step.File, step.Failure, string.Empty);
                break;
            }
        }

        var upAgainDifferences = again.All(s => s.Succeeded) ? SchemaComparison.Compare(released, Snapshot(connection, cancellation)) : [];
        return outcome with
        {
            Ups = [.. ups.Select(u => u with { Losses = losses.GetValueOrDefault(u) ?? [] })],
            Downs = [.. downs.Select(d => d with { Differences = differences.GetValueOrDefault(d) ?? [], Losses = losses.GetValueOrDefault(d) ?? [] })],
            UpsAgain = again,
            Bookkeeping = statement,
            BookkeepingProblem = problem,
            Leftovers = leftovers,
            UpAgainDifferences = upAgainDifferences,
            Events = _events,
        };
    }

    /// <summary>
    /// The window's migrations after the plan's target version, newest first: the plan's revert steps,
    /// plus any migration on the way without a down (it stays applied; what it changed is pinned on it).
    /// </summary>
    private List<Migration> RevertPath(List<Migration> window)
    {
        var planned = folder.Plan.Revert.Select(r => r.Version).ToHashSet(StringComparer.Ordinal);
        if (planned.Count == 0)
        {
            return [];
        }

        var all = folder.Set.Migrations.ToList();
        var targetIndex = folder.Plan.TargetVersion is { } target ? all.FindIndex(m => m.Version == target) : -1;
        var path = window.Where(m => all.IndexOf(m) > targetIndex).Reverse().ToList();
        var missing = planned.Where(v => path.All(m => m.Version != v)).ToList();
        return missing.Count == 0
            ? path
            : throw new VerifyException($"the plan reverts {string.Join(", ", missing)}, which {(missing.Count == 1 ? "is" : "are")} not among the release's migrations after {folder.Plan.TargetVersion ?? "the start"}; this is a bug in MigrationLint");
    }

    private StepResult ApplyUp(NpgsqlConnection connection, Migration migration, StepDirection direction, CancellationToken cancellation)
    {
        var file = folder.DisplayPath(migration.Up.FilePath);
        var text = Load(migration.Up, migration.Layout, out var error);
        if (text is null)
        {
            return new StepResult(migration, direction, file, true, new ScriptFailure(1, 1, error!), [], []);
        }

        var failure = ScriptExecutor.Run(connection, text, !ScriptExecutor.WantsNoTransaction(migration.Up.FilePath, text), cancellation);
        if (failure is null && folder.Runner.KeepsTable)
        {
            Execute(connection, folder.Runner.Record(migration, ++_rank), cancellation);
        }

        return new StepResult(migration, direction, file, true, failure, [], []);
    }

    private StepResult ApplyDown(NpgsqlConnection connection, Migration migration, CancellationToken cancellation)
    {
        if (migration.Down is not { } down)
        {
            // No down: nothing runs, and what the up changed stays; the difference is pinned on this migration.
            return new StepResult(migration, StepDirection.Down, folder.DisplayPath(migration.Up.FilePath), false, null, [], []);
        }

        var file = folder.DisplayPath(down.FilePath);
        var text = Load(down, migration.Layout, out var error);
        var failure = text is null
            ? new ScriptFailure(1, 1, error!)
            : ScriptExecutor.Run(connection, text, !ScriptExecutor.WantsNoTransaction(down.FilePath, text), cancellation);
        return new StepResult(migration, StepDirection.Down, file, true, failure, [], []);
    }

    /// <summary>The plan's statement, then the runner's table compared with what it held at the target version.</summary>
    private (string? Statement, string? Problem) RunBookkeeping(NpgsqlConnection connection, Dictionary<string, IReadOnlyList<string>> recorded, CancellationToken cancellation)
    {
        if (!folder.Runner.KeepsTable || folder.Plan.Bookkeeping is not { } statement)
        {
            return (null, null);
        }

        try
        {
            Execute(connection, statement, cancellation);
        }
        catch (PostgresException refused)
        {
            return (statement, $"the plan's bookkeeping statement fails on PostgreSQL: {ScriptExecutor.Describe(refused)}");
        }

        var expected = recorded.GetValueOrDefault(folder.Plan.TargetVersion ?? string.Empty) ?? [];
        var actual = Bookkeeping(connection, cancellation);
        return expected.SequenceEqual(actual)
            ? (statement, null)
            : (statement, $"after the plan's bookkeeping statement, {folder.Runner.Table.Sql} holds [{string.Join("; ", actual)}] instead of what it held at {folder.Plan.TargetVersion ?? "the start"}: [{string.Join("; ", expected)}]");
    }

    private IReadOnlyList<string> Bookkeeping(NpgsqlConnection connection, CancellationToken cancellation)
    {
        if (!folder.Runner.KeepsTable)
        {
            return [];
        }

        using var command = new NpgsqlCommand(folder.Runner.ReadRows(), connection);
        using var reader = command.ExecuteReaderAsync(cancellation).GetAwaiter().GetResult();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private SchemaSnapshot Snapshot(NpgsqlConnection connection, CancellationToken cancellation) =>
        SchemaReader.Read(connection, _bookkeepingTable, cancellation);

    /// <summary>
    /// Pins each item still present after the last step on the step from which it stayed present
    /// until the end: a down that leaves a difference owns it, not the older downs that inherit it.
    /// </summary>
    private static Dictionary<StepResult, List<T>> Attribute<T>(List<(StepResult Step, IReadOnlyList<T> Items)> steps, Func<T, string> identity)
    {
        var owners = new Dictionary<StepResult, List<T>>();
        if (steps.Count == 0)
        {
            return owners;
        }

        var present = steps.Select(s => s.Items.Select(identity).ToHashSet(StringComparer.Ordinal)).ToList();
        foreach (var item in steps[^1].Items)
        {
            var key = identity(item);
            var first = steps.Count - 1;
            while (first > 0 && present[first - 1].Contains(key))
            {
                first--;
            }

            var owner = steps[first].Step;
            if (!owners.TryGetValue(owner, out var list))
            {
                owners[owner] = list = [];
            }

            list.Add(item);
        }

        return owners;
    }

    private void Observe(VerifyEventKind kind, Migration migration, string file, ScriptFailure failure, string qualifier) =>
        _events.Add(new VerifyEvent(kind, migration, SpanLocator.At(file, failure.Line, failure.Column), qualifier, failure.Message));

    private void Observe(VerifyEventKind kind, StepResult step, string what, Core.Model.SourceSpan span) =>
        _events.Add(new VerifyEvent(kind, step.Migration, span, what));

    private static string? ScriptText(StepResult step)
    {
        var script = step.Direction == StepDirection.Down && step.Ran ? step.Migration.Down : step.Migration.Up;
        return script is null ? null : Load(script, step.Migration.Layout, out _);
    }

    private static string? Load(MigrationScript script, MigrationLayout layout, out string? error)
    {
        var loaded = ScriptLoader.Load(script, layout);
        error = loaded.Error?.Message;
        return loaded.Source?.Text;
    }

    private static void Execute(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQueryAsync(cancellation).GetAwaiter().GetResult();
    }
}
