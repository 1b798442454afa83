using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MigrationLint.Core.Analysis;
using MigrationLint.Core.Discovery;
using MigrationLint.EfCore;

namespace MigrationLint.Cli;

/// <summary>
/// Gives EF Core migration folders the C# front end and every other folder to <paramref name="sqlSets"/>.
/// The C# front end reads <c>Sql("…")</c> and store types through the SQL front end of the provider
/// the migrations were scaffolded for (from discovery's dialect hints), which
/// <paramref name="sqlFrontEndFor"/> supplies by dialect name; a dialect it cannot supply falls back
/// to PostgreSQL, whose parser then reports what it cannot read. Roslyn is large: nothing here touches
/// an EF Core type until an EF Core folder is analysed, so SQL-only runs never load it.
/// </summary>
internal sealed class EfCoreFrontEnds(IFrontEndProvider sqlSets, Func<string, IFrontEnd?> sqlFrontEndFor) : IFrontEndProvider
{
    private readonly ConcurrentDictionary<string, Lazy<IFrontEnd>> _byDialect = new(StringComparer.Ordinal);

    public FrontEndChoice ForSet(MigrationSet set)
    {
        if (set.Layout != MigrationLayout.EfCore)
        {
            return sqlSets.ForSet(set);
        }

        var dialect = DialectOf(set);
        return new(_byDialect.GetOrAdd(dialect, d => new Lazy<IFrontEnd>(() => Create(sqlFrontEndFor(d) ?? sqlFrontEndFor(DialectNames.Postgres)!))).Value);
    }

    /// <summary>The provider most of the folder's migrations were scaffolded for; PostgreSQL when none says.</summary>
    private static string DialectOf(MigrationSet set) =>
        set.Migrations.Select(m => m.DialectHint).OfType<string>()
            .GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? DialectNames.Postgres;

    /// <summary>The only place that names an EF Core type: compiled (and its assemblies loaded) on first use.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IFrontEnd Create(IFrontEnd sql) => new EfCoreFrontEnd(sql);
}
