using YamlDotNet.RepresentationModel;

namespace MigrationLint.Cli.Tests;

/// <summary>One expected finding of a fixture case.</summary>
public sealed record ExpectedFinding(string Rule, string Verdict, int Line, int? Column, string? File)
{
    public override string ToString() =>
        $"{Rule} {Verdict} at {File ?? "(up file)"}:{Line}{(Column is { } column ? $":{column}" : string.Empty)}";
}

/// <summary>
/// A folder under migrations-fixtures/&lt;dialect&gt;/ and its expected.yaml: which migrations are
/// under review, the window's verdict, and every finding above safe.
/// </summary>
public sealed record FixtureCase(string Name, string Folder, string Description, IReadOnlyList<string>? Window, string Verdict, IReadOnlyList<ExpectedFinding> Findings)
{
    public override string ToString() => Name;

    public static FixtureCase Load(string folder)
    {
        var path = Path.Combine(folder, "expected.yaml");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string? Scalar(YamlNode node, string key) =>
            node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

        IReadOnlyList<string>? window = null;
        if (root.Children.TryGetValue(new YamlScalarNode("window"), out var windowNode))
        {
            window = windowNode switch
            {
                YamlScalarNode { Value: "all" } => ["all"],
                YamlSequenceNode sequence => [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value!)],
                _ => throw new InvalidDataException($"{path}: window must be a list of versions or \"all\""),
            };
        }

        var findings = new List<ExpectedFinding>();
        if (root.Children.TryGetValue(new YamlScalarNode("findings"), out var findingsNode) && findingsNode is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                findings.Add(new ExpectedFinding(
                    Scalar(item, "rule") ?? throw new InvalidDataException($"{path}: a finding lacks 'rule'"),
                    Scalar(item, "verdict") ?? throw new InvalidDataException($"{path}: a finding lacks 'verdict'"),
                    int.Parse(Scalar(item, "line") ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                    Scalar(item, "column") is { } column ? int.Parse(column, System.Globalization.CultureInfo.InvariantCulture) : null,
                    Scalar(item, "file")));
            }
        }

        return new FixtureCase(
            Path.GetFileName(folder),
            folder,
            Scalar(root, "description") ?? string.Empty,
            window,
            Scalar(root, "verdict") ?? throw new InvalidDataException($"{path}: no 'verdict'"),
            findings);
    }

    public static IEnumerable<FixtureCase> All(string dialect)
    {
        var root = Testing.RepositoryPaths.Fixtures(dialect);
        return Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
                .Where(d => File.Exists(Path.Combine(d, "expected.yaml")))
                .Select(Load)
            : [];
    }
}
