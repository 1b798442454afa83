using System.Reflection;
using System.Runtime.Loader;
using MigrationLint.Testing;

namespace MigrationLint.Cli.Tests;

/// <summary>
/// Roslyn is large: a run over SQL migrations must not load it. Each check runs the command line in
/// a fresh, isolated load context (every assembly of the tool loaded anew from the test's folder),
/// as a new process would, and looks at what that context loaded.
/// </summary>
public sealed class RoslynLoadingTests
{
    private sealed class FreshContext(string folder) : AssemblyLoadContext("migrationlint-fresh", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private static List<string> AssembliesLoadedBy(params string[] args)
    {
        var context = new FreshContext(AppContext.BaseDirectory);
        try
        {
            var cli = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "migrationlint.dll"));
            var run = cli.GetType("MigrationLint.Cli.CommandLine", throwOnError: true)!.GetMethod("Run")!;
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = (int)run.Invoke(null, [args, output, error])!;
            Assert.That(code, Is.Not.EqualTo(2), error.ToString());
            return [.. context.Assemblies.Select(a => a.GetName().Name!)];
        }
        finally
        {
            context.Unload();
        }
    }

    [Test]
    public void A_sql_only_run_does_not_load_roslyn_or_the_ef_core_front_end()
    {
        var loaded = AssembliesLoadedBy("check", Path.Combine(RepositoryPaths.Samples, "certhub", "migrations"), "--fail-on", "never");

        Assert.That(loaded, Does.Contain("MigrationLint.Postgres"), "the check ran in the fresh context");
        Assert.That(loaded, Has.None.StartsWith("Microsoft.CodeAnalysis"));
        Assert.That(loaded, Has.None.EqualTo("MigrationLint.EfCore"));
    }

    [Test]
    public void An_ef_core_run_loads_roslyn()
    {
        var loaded = AssembliesLoadedBy("check", Path.Combine(RepositoryPaths.Fixtures("efcore"), "rename-column-flags"), "--fail-on", "never");

        Assert.That(loaded, Does.Contain("Microsoft.CodeAnalysis.CSharp"));
    }
}
