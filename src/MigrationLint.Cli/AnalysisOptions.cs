using System.CommandLine;
using MigrationLint.Core.Configuration;
using MigrationLint.Core.Runners;

namespace MigrationLint.Cli;

/// <summary>One report to write: a format, and a file (null: standard output).</summary>
internal sealed record ReportTarget(string Format, string? File);

/// <summary>What every analysing command was asked for: the command line over the configuration file over the defaults.</summary>
internal sealed record AnalysisSettings(
    IReadOnlyList<ReportTarget> Reports,
    string Dialect,
    string FailOn,
    bool Verbose,
    RunnerSettings Runner,
    MigrationLintConfig Config);

/// <summary>The options shared by check, release and plan, created once per command.</summary>
internal sealed class AnalysisOptions
{
    private readonly Option<string[]> _format = new Option<string[]>("--format", "-f")
    {
        Description = "Output format: " + string.Join(", ", CommonOptions.Formats) + "; repeat with --output to write several reports",
        AllowMultipleArgumentsPerToken = false,
    }.AcceptOnlyFromAmong(CommonOptions.Formats);

    private readonly Option<string[]> _output = new("--output", "-o")
    {
        Description = "Write the report of the matching --format (first to first) to this file instead of standard output",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _dialect = CommonOptions.Dialect();
    private readonly Option<string> _failOn = CommonOptions.FailOn();
    private readonly Option<FileInfo?> _config = CommonOptions.Config();
    private readonly Option<bool> _verbose = CommonOptions.Verbose();

    private readonly Option<string?> _runner = new Option<string?>("--runner")
    {
        Description = "Migration runner whose bookkeeping the rollback plan fixes: " + string.Join(", ", RunnerCatalog.Names) + " (default: from the layout)",
    }.AcceptOnlyFromAmong([.. RunnerCatalog.Names]);

    private readonly Option<string?> _table = new("--migrations-table")
    {
        Description = "The runner's bookkeeping table, optionally schema-qualified (default: the runner's own, e.g. schema_migrations)",
    };

    public Option<FileInfo?> ConfigOption => _config;

    public void AddTo(Command command, bool withOutputOptions = true)
    {
        if (withOutputOptions)
        {
            command.Add(_format);
            command.Add(_output);
            command.Add(_failOn);
            command.Add(_verbose);
            command.Validators.Add(result =>
            {
                // Count tokens, not values: a value the option refuses is reported by the parser itself.
                var formats = result.GetResult(_format)?.Tokens.Count ?? 0;
                var outputs = result.GetResult(_output)?.Tokens.Count ?? 0;
                if (outputs > Math.Max(1, formats))
                {
                    result.AddError("each --output needs its own --format (the first output takes the first format)");
                }
                else if (formats - outputs > 1)
                {
                    result.AddError("only one report can go to standard output; give the others an --output file");
                }
            });
        }

        command.Add(_dialect);
        command.Add(_config);
        command.Add(_runner);
        command.Add(_table);
    }

    /// <summary>Reads the command line and the configuration file (the command line wins); a bad file throws <see cref="ConfigException"/>.</summary>
    public AnalysisSettings Read(ParseResult parse)
    {
        var config = LoadConfig(parse.GetValue(_config));
        T Pick<T>(Option<T> option, T? fromConfig, T fallback) =>
            parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option)! : fromConfig ?? fallback;

        var table = parse.GetValue(_table) ?? config.MigrationsTable;
        var (schema, name) = table?.Split('.', 2) is [var s, var n] ? (s, n) : ((string?)null, table);
        return new AnalysisSettings(
            Targets(parse.GetValue(_format) ?? [], parse.GetValue(_output) ?? []),
            Pick(_dialect, config.Dialect, "auto"),
            Pick(_failOn, config.FailOn, "review"),
            parse.GetValue(_verbose),
            new RunnerSettings(parse.GetValue(_runner) ?? config.Runner, name, schema),
            config);
    }

    /// <summary>--config, else the nearest .migrationlint.yml above the working directory, else nothing.</summary>
    private static MigrationLintConfig LoadConfig(FileInfo? explicitFile)
    {
        if (explicitFile is not null)
        {
            return explicitFile.Exists
                ? ConfigLoader.Load(explicitFile.FullName)
                : throw new ConfigException($"{explicitFile.FullName}: configuration file not found");
        }

        return ConfigLoader.Find(Directory.GetCurrentDirectory()) is { } found ? ConfigLoader.Load(found) : MigrationLintConfig.Empty;
    }

    private static List<ReportTarget> Targets(string[] formats, string[] outputs)
    {
        if (formats.Length == 0)
        {
            formats = outputs.Length > 0 ? ["json"] : ["text"];
        }

        return [.. formats.Select((format, i) => new ReportTarget(format, i < outputs.Length ? outputs[i] : null))];
    }
}
