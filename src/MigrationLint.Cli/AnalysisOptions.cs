using System.CommandLine;
using MigrationLint.Core.Runners;

namespace MigrationLint.Cli;

/// <summary>What every analysing command was asked for, read from its options.</summary>
internal sealed record AnalysisSettings(
    string Format,
    string Dialect,
    string FailOn,
    FileInfo? Config,
    bool Verbose,
    RunnerSettings Runner);

/// <summary>The options shared by check, release and plan, created once per command.</summary>
internal sealed class AnalysisOptions
{
    private readonly Option<string> _format = CommonOptions.Format();
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

    public void AddTo(Command command, bool withOutputOptions = true)
    {
        if (withOutputOptions)
        {
            command.Add(_format);
            command.Add(_failOn);
            command.Add(_verbose);
        }

        command.Add(_dialect);
        command.Add(_config);
        command.Add(_runner);
        command.Add(_table);
    }

    public AnalysisSettings Read(ParseResult parse)
    {
        var table = parse.GetValue(_table);
        var (schema, name) = table?.Split('.', 2) is [var s, var n] ? (s, n) : ((string?)null, table);
        return new AnalysisSettings(
            parse.GetValue(_format) ?? "text",
            parse.GetValue(_dialect) ?? "auto",
            parse.GetValue(_failOn) ?? "review",
            parse.GetValue(_config),
            parse.GetValue(_verbose),
            new RunnerSettings(parse.GetValue(_runner), name, schema));
    }
}
