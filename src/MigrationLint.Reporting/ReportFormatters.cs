namespace MigrationLint.Reporting;

/// <summary>The formatters by the name <c>--format</c> takes.</summary>
public static class ReportFormatters
{
    private static readonly IReportFormatter[] All = [new TextFormatter(), new JsonFormatter(), new MarkdownFormatter(), new SarifFormatter(), new GitHubFormatter()];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    public static IReportFormatter ByName(string name) =>
        All.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no formatter named '{name}'", nameof(name));
}
