using System.Collections.Immutable;
using System.Reflection;
using MigrationLint.Core.Reports;
using YamlDotNet.RepresentationModel;

namespace MigrationLint.Core.Rules;

/// <summary>A rule page that cannot be read; the message names the page and what is wrong.</summary>
public sealed class RuleCatalogueException(string message) : Exception(message);

/// <summary>
/// The rule pages (<c>rules/*.md</c>), embedded in this assembly at build time: each page's YAML
/// front matter gives the rule's id, name, verdict and title; the rest is its documentation.
/// </summary>
public static class RuleCatalogue
{
    private static readonly Lazy<ImmutableDictionary<string, RuleMetadata>> Embedded = new(LoadEmbedded);

    private static readonly string[] RequiredKeys = ["id", "name", "verdict", "title"];

    public static ImmutableDictionary<string, RuleMetadata> All => Embedded.Value;

    public static RuleMetadata Get(string id) =>
        All.TryGetValue(id, out var metadata)
            ? metadata
            : throw new RuleCatalogueException($"rule {id} has no page rules/{id}.md");

    /// <summary>Reads one page; <paramref name="source"/> names it in errors.</summary>
    public static RuleMetadata Parse(string source, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new RuleCatalogueException($"{source}:1: a rule page must start with YAML front matter (---)");
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            throw new RuleCatalogueException($"{source}: the front matter is not closed with ---");
        }

        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(string.Join('\n', lines[1..close])));
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new RuleCatalogueException($"{source}:{error.Start.Line + 1}: {error.Message}");
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new RuleCatalogueException($"{source}: the front matter must be a mapping of id, name, verdict and title");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!RequiredKeys.Contains(name))
            {
                throw new RuleCatalogueException($"{source}:{key.Start.Line + 1}: unknown key '{name}' (expected {string.Join(", ", RequiredKeys)})");
            }

            values[name] = (value as YamlScalarNode)?.Value ?? string.Empty;
        }

        foreach (var required in RequiredKeys.Where(k => !values.ContainsKey(k) || values[k].Length == 0))
        {
            throw new RuleCatalogueException($"{source}: the front matter lacks '{required}'");
        }

        if (!VerdictText.TryParse(values["verdict"], out var verdict))
        {
            throw new RuleCatalogueException(
                $"{source}: verdict '{values["verdict"]}' is not one of {string.Join(", ", VerdictText.All)}");
        }

        var documentation = string.Join('\n', lines[(close + 1)..]).Trim();
        return new RuleMetadata(values["id"], values["name"], verdict, values["title"], documentation);
    }

    private static ImmutableDictionary<string, RuleMetadata> LoadEmbedded()
    {
        var assembly = typeof(RuleCatalogue).Assembly;
        var builder = ImmutableDictionary.CreateBuilder<string, RuleMetadata>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var metadata = Parse(resource, reader.ReadToEnd());
            builder[metadata.Id] = metadata;
        }

        return builder.ToImmutable();
    }
}
