using MigrationLint.Core.Reports;

namespace MigrationLint.Core.Rules;

/// <summary>A rule's documented identity: from the front matter of <c>rules/&lt;id&gt;.md</c>.</summary>
public sealed record RuleMetadata(string Id, string Name, Verdict Verdict, string Title, string Documentation)
{
    /// <summary>Where the rule's page is published; the same file as <c>rules/&lt;id&gt;.md</c> in the repository.</summary>
    public string HelpUri => $"{RuleDocumentation.BaseUri}{Id}.md";
}

public static class RuleDocumentation
{
    /// <summary>The rules folder of the project's repository, where every rule's page lives.</summary>
    public const string BaseUri = "https://github.com/migrationlint/migrationlint/blob/main/rules/";
}
