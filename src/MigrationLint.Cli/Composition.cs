using System.Collections.Immutable;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Configuration;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Rules;
using MigrationLint.Postgres.Native;

namespace MigrationLint.Cli;

/// <summary>Builds the analysis a command runs from its settings: the one place that knows every front end.</summary>
internal sealed class Composition
{
    private Composition(AnalysisSettings settings)
    {
        Settings = settings;
        var config = settings.Config;
        Rules = RuleSet.BuiltIn(config.Rules);
        var ignored = new PathGlob(config.BaseDirectory, config.Ignore);
        var sql = new FrontEnds(settings.Dialect);
        Discovery = sql.Discovery with
        {
            Layout = config.Layout,
            Ignored = ignored.IsEmpty ? static _ => false : ignored.Matches,
        };
        IFrontEndProvider frontEnds = new EfCoreFrontEnds(sql, sql.ForDialect);
        Engine = new AnalysisEngine(Rules, frontEnds, settings.Runner);
    }

    public AnalysisSettings Settings { get; }

    public RuleSet Rules { get; }

    public DiscoveryOptions Discovery { get; }

    public AnalysisEngine Engine { get; }

    /// <summary>Loads libpg_query first, so a missing library is reported before any work.</summary>
    public static Composition For(AnalysisSettings settings)
    {
        PgQueryLibrary.EnsureLoaded();
        return new Composition(settings);
    }

    /// <summary>The folders the configuration names, resolved against its folder; the current folder when it names none.</summary>
    public IReadOnlyList<string> DefaultPaths() =>
        Settings.Config.Migrations.IsEmpty
            ? ["."]
            : [.. Settings.Config.Migrations.Select(path => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(Settings.Config.BaseDirectory, path)))];

    /// <summary>Migrations at or below the configured baseline are history only, whatever was asked.</summary>
    public DiscoveryResult WithBaseline(DiscoveryResult discovery)
    {
        if (Settings.Config.Baseline is not { } baseline)
        {
            return discovery;
        }

        var sets = discovery.Sets.Select(set => set with
        {
            Window = set.Window.Where(version => VersionComparer.Instance.Compare(version, baseline) > 0).ToImmutableHashSet(),
        });
        return discovery with { Sets = [.. sets] };
    }
}
