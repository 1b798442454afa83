using MigrationLint.Core.Discovery;
using MigrationLint.Core.Text;

namespace MigrationLint.Core.Analysis;

/// <summary>Chooses the front end that reads a folder of migrations (one dialect per folder, so one catalog).</summary>
public interface IFrontEndProvider
{
    /// <summary>The front end for a folder, as far as it can be told without reading the folder's scripts.</summary>
    FrontEndChoice ForSet(MigrationSet set);
}

/// <summary>
/// The front end a folder is read with. When it is a guess (auto dialect, and nothing but the
/// scripts' text can tell), <see cref="Contradicts"/> says whether a script shows the folder is in
/// another dialect, and <see cref="Otherwise"/> is the front end for that one: the engine reads the
/// folder with the guess, looking at each script as it loads it, and reads it again with the other
/// front end if any script contradicts the guess.
/// </summary>
public sealed record FrontEndChoice(IFrontEnd FrontEnd, Func<SourceText, bool>? Contradicts = null, IFrontEnd? Otherwise = null);

/// <summary>One front end for every folder.</summary>
public sealed class SingleFrontEnd(IFrontEnd frontEnd) : IFrontEndProvider
{
    public FrontEndChoice ForSet(MigrationSet set) => new(frontEnd);
}
