using MigrationLint.Core.Discovery;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Analysis;

/// <summary>Chooses the front end that reads a folder of migrations (one dialect per folder, so one catalog).</summary>
public interface IFrontEndProvider
{
    /// <summary>The front end for a folder; <paramref name="scripts"/> (its SQL texts, in order) is read lazily, at most once, and only when the dialect is not known otherwise.</summary>
    IFrontEnd ForSet(MigrationSet set, IEnumerable<SourceText> scripts);
}

/// <summary>One front end for every folder.</summary>
public sealed class SingleFrontEnd(IFrontEnd frontEnd) : IFrontEndProvider
{
    public IFrontEnd ForSet(MigrationSet set, IEnumerable<SourceText> scripts) => frontEnd;
}
