using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Rules;
using MigrationLint.Postgres;
using MigrationLint.Postgres.Native;

namespace MigrationLint.Cli;

/// <summary>Builds the analysis a command runs, from its settings: the one place that knows every front end.</summary>
internal sealed class Composition
{
    private Composition(AnalysisSettings settings)
    {
        Settings = settings;
        Rules = RuleSet.BuiltIn();
        Discovery = new DiscoveryOptions(DialectNames.Postgres);
        var postgres = new PostgresFrontEnd();
        IFrontEndProvider frontEnds = new EfCoreFrontEnds(new SingleFrontEnd(postgres), dialect => dialect == DialectNames.Postgres ? postgres : null);
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
}
