using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Rules;

/// <summary>
/// A rule's documented identity: from the front matter of <c>rules/&lt;id&gt;.md</c>. The page's
/// body (<see cref="Documentation"/>) is only read when asked for: <c>migrationlint explain</c>
/// needs it, a check never does.
/// </summary>
public sealed record RuleMetadata(string Id, string Name, Verdict Verdict, string Title)
{
    private readonly Lazy<string>? _documentation;

    public RuleMetadata(string id, string name, Verdict verdict, string title, string documentation)
        : this(id, name, verdict, title)
    {
        _documentation = new Lazy<string>(documentation);
    }

    public RuleMetadata(string id, string name, Verdict verdict, string title, Func<string> documentation)
        : this(id, name, verdict, title)
    {
        _documentation = new Lazy<string>(documentation, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The page's text after the front matter, trimmed.</summary>
    public string Documentation => _documentation?.Value ?? string.Empty;

    /// <summary>Where the rule's page is published; the same file as <c>rules/&lt;id&gt;.md</c> in the repository.</summary>
    public string HelpUri => $"{RuleDocumentation.BaseUri}{Id}.md";

    public bool Equals(RuleMetadata? other) =>
        other is not null && Id == other.Id && Name == other.Name && Verdict == other.Verdict && Title == other.Title
        && Documentation == other.Documentation;

    public override int GetHashCode() => HashCode.Combine(Id, Name, Verdict, Title);
}

public static class RuleDocumentation
{
    /// <summary>The rules folder of the project's repository, where every rule's page lives.</summary>
    public const string BaseUri = "https://github.com/migrationlint/migrationlint/blob/main/rules/";
}
