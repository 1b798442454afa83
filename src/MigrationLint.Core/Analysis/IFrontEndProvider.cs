using MigrationLint.Core.Discovery;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Analysis;

/// <summary>Chooses the front end that reads a folder of migrations (one dialect per folder, so one catalog).</summary>
public interface IFrontEndProvider
{
    IFrontEnd ForSet(MigrationSet set, IReadOnlyList<SourceText> scripts);
}

/// <summary>One front end for every folder.</summary>
public sealed class SingleFrontEnd(IFrontEnd frontEnd) : IFrontEndProvider
{
    public IFrontEnd ForSet(MigrationSet set, IReadOnlyList<SourceText> scripts) => frontEnd;
}
