using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MigrationLint.Core.Releases;

/// <summary>
/// A Helm chart's <c>Chart.yaml</c>: read for the release it ships (<c>appVersion</c>), and annotated
/// with the verdict so the verdict travels with the published chart (<c>helm show chart</c>).
/// Annotating edits the text in place, so comments, order and formatting of the rest survive.
/// </summary>
public sealed partial class HelmChart
{
    private HelmChart(string path, string name, string? appVersion)
    {
        FilePath = path;
        Name = name;
        AppVersion = appVersion;
    }

    public string FilePath { get; }

    public string Name { get; }

    public string? AppVersion { get; }

    /// <summary>Reads a chart from its folder or its Chart.yaml.</summary>
    public static HelmChart Load(string path)
    {
        var file = Directory.Exists(path) ? System.IO.Path.Combine(path, "Chart.yaml") : path;
        if (!File.Exists(file))
        {
            throw new ReleaseException($"{file}: no Chart.yaml here");
        }

        var root = Parse(file, File.ReadAllText(file));
        var appVersion = Scalar(root, "appVersion");
        return new HelmChart(file, Scalar(root, "name") ?? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))) ?? "chart", appVersion);
    }

    /// <summary>The appVersion, or a clear error: without it the chart does not say which release it ships.</summary>
    public string RequireAppVersion() =>
        AppVersion is { Length: > 0 } version
            ? version
            : throw new ReleaseException($"{FilePath}: the chart has no appVersion, so it does not say which release it ships; set appVersion or pass --from/--to");

    /// <summary>Writes <paramref name="annotations"/> into the chart's annotations, keeping everything else as it was.</summary>
    public void Annotate(IReadOnlyList<KeyValuePair<string, string>> annotations)
    {
        var text = File.ReadAllText(FilePath);
        var updated = WithAnnotations(text, annotations);
        var root = Parse(FilePath, updated);
        if (root.Children.TryGetValue(new YamlScalarNode("annotations"), out var node) && node is YamlMappingNode written
            && annotations.All(a => written.Children.TryGetValue(new YamlScalarNode(a.Key), out var v) && (v as YamlScalarNode)?.Value == a.Value))
        {
            File.WriteAllText(FilePath, updated);
            return;
        }

        throw new ReleaseException($"{FilePath}: could not write the annotations into this file's layout; add an 'annotations:' block by hand and run again");
    }

    /// <summary>The chart text with the annotations set: existing keys replaced in place, new ones appended to the block.</summary>
    public static string WithAnnotations(string text, IReadOnlyList<KeyValuePair<string, string>> annotations)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var header = lines.FindIndex(l => AnnotationsHeader().IsMatch(l));
        if (header < 0)
        {
            lines.Add("annotations:");
            header = lines.Count - 1;
        }
        else if (!AnnotationsBlock().IsMatch(lines[header]))
        {
            // "annotations: {}" (empty flow map) becomes a block; any other inline value is left to a person.
            if (!EmptyFlowAnnotations().IsMatch(lines[header]))
            {
                throw new ReleaseException("the chart's annotations are written inline (flow style); write them as a block to let MigrationLint update them");
            }

            lines[header] = "annotations:";
        }

        var end = header + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] is ' ' or '\t' or '#'))
        {
            end++;
        }

        while (end > header + 1 && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        var indent = lines.Skip(header + 1).Take(end - header - 1).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) is { } first
            ? first[..(first.Length - first.TrimStart().Length)]
            : "  ";
        foreach (var (key, value) in annotations)
        {
            var entry = $"{indent}{key}: {Quote(value)}";
            var existing = Enumerable.Range(header + 1, end - header - 1).FirstOrDefault(i => IsKey(lines[i], key), -1);
            if (existing >= 0)
            {
                lines[existing] = entry;
            }
            else
            {
                lines.Insert(end, entry);
                end++;
            }
        }

        return string.Join(newline, lines) + newline;
    }

    private static bool IsKey(string line, string key)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith(key + ":", StringComparison.Ordinal) || trimmed.StartsWith($"\"{key}\":", StringComparison.Ordinal)
            || trimmed.StartsWith($"'{key}':", StringComparison.Ordinal);
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static YamlMappingNode Parse(string file, string text)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new ReleaseException($"{file}:{error.Start.Line}:{error.Start.Column}: not valid YAML: {error.Message}");
        }

        return yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new ReleaseException($"{file}: a Chart.yaml must be a mapping (apiVersion, name, version, appVersion, …)");
    }

    private static string? Scalar(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    [GeneratedRegex(@"^annotations\s*:")]
    private static partial Regex AnnotationsHeader();

    [GeneratedRegex(@"^annotations\s*:\s*(#.*)?$")]
    private static partial Regex AnnotationsBlock();

    [GeneratedRegex(@"^annotations\s*:\s*\{\s*\}\s*(#.*)?$")]
    private static partial Regex EmptyFlowAnnotations();
}
