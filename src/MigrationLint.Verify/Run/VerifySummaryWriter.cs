using MigrationLint.Core.Rules;

namespace MigrationLint.Verify.Run;

/// <summary>
/// The text report's "Verify" section: where the migrations ran, each script in the order it ran and
/// how it ended, the differences each down left, the bookkeeping check, the second upgrade, the
/// seeded data and how the server's result compares with static analysis.
/// </summary>
public static class VerifySummaryWriter
{
    public static void Write(VerifyResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Verify: the migrations ran on {result.Host}");
        foreach (var folder in result.Folders)
        {
            WriteFolder(folder, output, "  ");
        }
    }

    private static void WriteFolder(FolderOutcome folder, TextWriter output, string indent)
    {
        output.WriteLine($"{indent}{folder.Directory} ({folder.Runner}): {Count(folder.PreviousApplied, "migration")} of the previous release applied"
            + (folder.Seeded ? ", then generated rows in every table" : string.Empty));
        foreach (var note in folder.SeedNotes)
        {
            output.WriteLine($"{indent}  seeding: {note}");
        }

        if (folder.Ups.Count > 0)
        {
            var applied = folder.Ups.Where(u => u.Succeeded).Select(u => u.Migration.Version).ToList();
            output.WriteLine($"{indent}  release ups: {(applied.Count > 0 ? string.Join(", ", applied) + " applied" : "none applied")}");
        }

        foreach (var failed in folder.Ups.Where(u => u.Failure is not null))
        {
            output.WriteLine($"{indent}  up {failed.Migration.Version} FAILS at {failed.File}:{failed.Failure!.Line}:{failed.Failure.Column}: {failed.Failure.Message}");
        }

        if (folder.Stopped is not null && folder.Downs.Count == 0)
        {
            output.WriteLine($"{indent}  stopped: {folder.Stopped}");
        }

        if (folder.NothingToRevert is not null)
        {
            output.WriteLine($"{indent}  revert: {folder.NothingToRevert}");
        }

        if (folder.Downs.Count > 0)
        {
            output.WriteLine($"{indent}  revert path (to {folder.TargetVersion ?? "an empty schema"}), as the plan runs it:");
            foreach (var down in folder.Downs)
            {
                WriteDown(down, output, indent + "    ");
            }

            if (folder.Bookkeeping is not null)
            {
                output.WriteLine($"{indent}  bookkeeping: {folder.Bookkeeping} {(folder.BookkeepingProblem is null ? $"ran; the runner's table is as it was at {folder.TargetVersion ?? "the start"}" : "FAILS")}");
            }

            if (folder.BookkeepingProblem is not null)
            {
                output.WriteLine($"{indent}    {folder.BookkeepingProblem}");
            }

            foreach (var leftover in folder.Leftovers)
            {
                output.WriteLine($"{indent}  left behind, harmless to the old release: {leftover.Description}");
            }

            if (folder.UpsAgain.Count > 0)
            {
                var failed = folder.UpsAgain.FirstOrDefault(u => u.Failure is not null);
                output.WriteLine(failed is null
                    ? $"{indent}  upgrade again: {string.Join(", ", folder.UpsAgain.Select(u => u.Migration.Version))} applied{(folder.UpAgainDifferences.Count == 0 ? ", giving the same schema as the first upgrade" : string.Empty)}"
                    : $"{indent}  upgrade again: up {failed.Migration.Version} FAILS at {failed.File}:{failed.Failure!.Line}:{failed.Failure.Column}: {failed.Failure.Message}");
                foreach (var difference in folder.UpAgainDifferences)
                {
                    output.WriteLine($"{indent}    differs from the first upgrade: {difference.Description}");
                }
            }
        }

        if (folder.Seeded && folder.Ups.All(u => u.Succeeded) && folder.Ups.Count > 0)
        {
            var changes = folder.Ups.Concat(folder.Downs).SelectMany(s => s.Losses.Select(l => (Step: s, Loss: l))).ToList();
            output.WriteLine(changes.Count == 0
                ? $"{indent}  seeded data: every row and value seeded before the release is still there"
                : $"{indent}  seeded data{(changes.Any(c => c.Loss.IsLoss) ? " lost or changed" : " changed, none lost")}:");
            foreach (var (step, loss) in changes)
            {
                output.WriteLine($"{indent}    - {loss.Description} (by the {(step.Direction == StepDirection.Down ? "down" : "up")} of {step.Migration.Version})");
            }
        }

        var disagreements = folder.Events.Where(e => e.Kind == VerifyEventKind.DisagreesWithStatic).ToList();
        foreach (var comparison in folder.Comparisons)
        {
            output.WriteLine($"{indent}  static analysis: {comparison}");
        }

        foreach (var disagreement in disagreements)
        {
            output.WriteLine($"{indent}  static analysis DISAGREES about {disagreement.Migration.Version}: {disagreement.What}");
        }

        if (disagreements.Count == 0 && folder.Downs.Count > 0 && folder.Stopped is null)
        {
            output.WriteLine($"{indent}  static analysis: agrees with the server about every down on the path");
        }

        if (folder.Unseeded is { } unseeded)
        {
            output.WriteLine($"{indent}  repeated on an empty database, without seeded rows:");
            WriteFolder(unseeded, output, indent + "    ");
        }
    }

    private static void WriteDown(StepResult down, TextWriter output, string indent)
    {
        if (!down.Ran)
        {
            output.WriteLine($"{indent}{down.Migration.Version}  (no down: its changes stay)");
        }
        else if (down.Failure is { } failure)
        {
            output.WriteLine($"{indent}{down.File}  FAILS at line {failure.Line}, column {failure.Column}: {failure.Message}");
            return;
        }
        else
        {
            var breaking = down.Differences.Where(d => d.BreaksOldRelease).ToList();
            output.WriteLine($"{indent}{down.File}  {(breaking.Count == 0 ? "round-trips" : Count(breaking.Count, "difference") + ":")}");
        }

        foreach (var difference in down.Differences.Where(d => d.BreaksOldRelease))
        {
            output.WriteLine($"{indent}  - {difference.Description}");
        }

        foreach (var loss in down.Losses)
        {
            output.WriteLine($"{indent}  - data {(loss.IsLoss ? "lost" : "changed")}: {loss.Description}");
        }
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
