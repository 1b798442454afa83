using System.CommandLine;
using System.Text;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Runners;

namespace MigrationLint.Cli;

/// <summary>
/// <c>migrationlint init</c>: writes a commented starter <c>.migrationlint.yml</c> in the current
/// folder, with the migration folders and layout found below it filled in.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .migrationlint.yml" };
        var command = new Command("init", "Write a commented starter .migrationlint.yml here") { force };
        command.SetAction(parse =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), ".migrationlint.yml");
            if (File.Exists(path) && !parse.GetValue(force))
            {
                error.WriteLine($"migrationlint: {path} exists; pass --force to replace it");
                return ExitCodes.Error;
            }

            var sets = new MigrationDiscovery(DiscoveryOptions.Default).Discover(["."]).Sets;
            File.WriteAllText(path, Starter(sets));
            output.WriteLine(sets.IsEmpty
                ? $"wrote {path}; no migrations were found below this folder: set 'migrations:' to their folder"
                : $"wrote {path} for {sets.Length} migration {(sets.Length == 1 ? "folder" : "folders")}: {string.Join(", ", sets.Select(s => s.Directory))}");
            return ExitCodes.Passed;
        });
        return command;
    }

    public static string Starter(IReadOnlyList<MigrationSet> sets)
    {
        var layouts = sets.Select(s => s.Layout).Distinct().ToList();
        var layout = layouts.Count == 1 ? layouts[0].ToText() : "auto";
        var runner = layouts.Count == 1 ? RunnerCatalog.ForLayout(layouts[0]).Name : "golang-migrate";
        var text = new StringBuilder();
        text.Append("# MigrationLint configuration: https://github.com/migrationlint/migrationlint#configuration\n");
        text.Append("# Command-line options override these values. Unknown keys are errors.\n\n");
        text.Append("# The migration folders checked when no path is given (relative to this file).\n");
        text.Append("migrations:\n");
        foreach (var set in sets.DefaultIfEmpty())
        {
            text.Append("  - ").Append(set is null ? "migrations" : Path.GetRelativePath(".", set.Directory).Replace('\\', '/')).Append('\n');
        }

        text.Append("\n# auto, postgres or sqlserver.\ndialect: auto\n\n");
        text.Append("# How the folder is laid out: auto, ").Append(string.Join(", ",
            Enum.GetValues<MigrationLayout>().Where(l => l != MigrationLayout.StandaloneScript).Select(l => l.ToText()))).Append(".\n");
        text.Append("layout: ").Append(layout).Append("\n\n");
        text.Append("# The runner whose bookkeeping the rollback plan fixes: ").Append(string.Join(", ", RunnerCatalog.Names)).Append(".\n");
        text.Append("runner: ").Append(runner).Append('\n');
        text.Append("# migrations-table: schema_migrations\n\n");
        text.Append("# Exit with 1 from this verdict up: safe, usually-safe, review, schema-revert, full-restore, or never.\n");
        text.Append("fail-on: review\n\n");
        text.Append("# Migrations up to this version are history only (for projects adopting MigrationLint late).\n");
        text.Append("# baseline: \"000100\"\n\n");
        text.Append("# Paths never analysed (globs relative to this file).\n");
        text.Append("# ignore:\n#   - migrations/legacy/**\n\n");
        text.Append("# Per-rule settings, by id or name: off, or another verdict.\n");
        text.Append("# rules:\n#   ML212: off\n#   rename-index: review\n\n");
        text.Append("# release:\n#   tag-pattern: \"v{appVersion}\"\n\n");
        text.Append("# Names for the script 'migrationlint plan' writes.\n");
        text.Append("# plan:\n#   namespace: default\n#   release-name: myapp\n#   database: myapp\n#   db-user: myapp\n");
        text.Append("#   db-workload: statefulset/myapp-postgres\n#   server-workload: deploy/myapp-server\n");
        return text.ToString();
    }
}
