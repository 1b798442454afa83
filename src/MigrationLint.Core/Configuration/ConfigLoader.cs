using System.Collections.Immutable;
using MigrationLint.Core.Discovery;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;
using MigrationLint.Core.Runners;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MigrationLint.Core.Configuration;

/// <summary>
/// Finds and reads <c>.migrationlint.yml</c>. Strict: an unknown key or a bad value is an error that
/// names the file, the line and column, and the valid choices; a typo never silently does nothing.
/// </summary>
public static class ConfigLoader
{
    public static readonly string[] FileNames = [".migrationlint.yml", ".migrationlint.yaml"];

    public static readonly string[] Dialects = ["auto", "postgres", "sqlserver"];

    private static readonly string[] TopLevelKeys =
        ["dialect", "migrations", "layout", "runner", "migrations-table", "fail-on", "baseline", "ignore", "rules", "release", "plan"];

    private static readonly string[] PlanKeys = ["namespace", "release-name", "database", "db-user", "db-workload", "server-workload"];

    /// <summary>The nearest configuration file at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(current.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static MigrationLintConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read the configuration file: {error.Message}");
        }

        return Parse(path, text);
    }

    public static MigrationLintConfig Parse(string path, string text)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            throw new ConfigException($"{path}:{error.Start.Line}:{error.Start.Column}: not valid YAML: {error.Message}");
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return MigrationLintConfig.Empty with { SourceFile = path };
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(path, yaml.Documents[0].RootNode, "the configuration must be a mapping of keys to values");
        }

        var reader = new Reader(path);
        foreach (var (key, _) in root.Children)
        {
            reader.Key(key, TopLevelKeys);
        }

        var layoutNames = Enum.GetValues<MigrationLayout>().Where(l => l != MigrationLayout.StandaloneScript).Select(l => l.ToText()).Prepend("auto").ToArray();
        var layout = reader.Choice(root, "layout", layoutNames);
        var release = reader.Mapping(root, "release");
        if (release is not null)
        {
            foreach (var (key, _) in release.Children)
            {
                reader.Key(key, ["tag-pattern"]);
            }
        }

        var plan = reader.Mapping(root, "plan");
        if (plan is not null)
        {
            foreach (var (key, _) in plan.Children)
            {
                reader.Key(key, PlanKeys);
            }
        }

        return new MigrationLintConfig(
            path,
            reader.Choice(root, "dialect", Dialects),
            reader.Strings(root, "migrations"),
            layout is null or "auto" ? null : Enum.GetValues<MigrationLayout>().First(l => l.ToText() == layout),
            reader.Choice(root, "runner", [.. RunnerCatalog.Names]),
            reader.Scalar(root, "migrations-table"),
            reader.Choice(root, "fail-on", [.. VerdictText.All, "never"]),
            reader.Scalar(root, "baseline"),
            reader.Strings(root, "ignore"),
            reader.RuleOverrides(root),
            release is null ? null : reader.Scalar(release, "tag-pattern"),
            plan is null
                ? new PlanConfig()
                : new PlanConfig(
                    reader.Scalar(plan, "namespace"),
                    reader.Scalar(plan, "release-name"),
                    reader.Scalar(plan, "database"),
                    reader.Scalar(plan, "db-user"),
                    reader.Scalar(plan, "db-workload"),
                    reader.Scalar(plan, "server-workload")));
    }

    private static ConfigException Error(string path, YamlNode node, string message) =>
        new($"{path}:{node.Start.Line}:{node.Start.Column}: {message}");

    /// <summary>Reads values, each check reporting the node's position.</summary>
    private sealed class Reader(string path)
    {
        public void Key(YamlNode key, string[] valid)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !valid.Contains(name))
            {
                throw Error(path, key, $"unknown key '{name}' (valid keys: {string.Join(", ", valid)})");
            }
        }

        public string? Scalar(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            return node is YamlScalarNode { Value: { Length: > 0 } value }
                ? value
                : throw Error(path, node, $"'{key}' must be a single value");
        }

        public string? Choice(YamlMappingNode map, string key, string[] valid)
        {
            var value = Scalar(map, key);
            if (value is not null && !valid.Contains(value))
            {
                throw Error(path, map.Children[new YamlScalarNode(key)], $"'{value}' is not a valid {key} (valid: {string.Join(", ", valid)})");
            }

            return value;
        }

        public YamlMappingNode? Mapping(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            return node as YamlMappingNode ?? throw Error(path, node, $"'{key}' must be a mapping of keys to values");
        }

        public ImmutableArray<string> Strings(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return [];
            }

            return node switch
            {
                YamlScalarNode { Value: { Length: > 0 } single } => [single],
                YamlSequenceNode list => [.. list.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } value }
                    ? value
                    : throw Error(path, item, $"'{key}' must be a list of paths"))],
                _ => throw Error(path, node, $"'{key}' must be a path or a list of paths"),
            };
        }

        /// <summary>rules: { ML212: off, rename-column: full-restore }: a rule by id or name, off or a verdict.</summary>
        public ImmutableDictionary<string, RuleOverride> RuleOverrides(YamlMappingNode root)
        {
            var rules = Mapping(root, "rules");
            if (rules is null)
            {
                return ImmutableDictionary<string, RuleOverride>.Empty;
            }

            var overrides = ImmutableDictionary.CreateBuilder<string, RuleOverride>(StringComparer.Ordinal);
            foreach (var (key, value) in rules.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                var rule = RuleCatalogue.All.Values.FirstOrDefault(m => m.Id == name || m.Name == name)
                    ?? throw Error(path, key, $"unknown rule '{name}' ('migrationlint rules' lists them)");
                var setting = (value as YamlScalarNode)?.Value;
                if (setting == "off")
                {
                    overrides[rule.Id] = new RuleOverride(null, true);
                }
                else if (VerdictText.TryParse(setting, out var verdict))
                {
                    overrides[rule.Id] = new RuleOverride(verdict, false);
                }
                else
                {
                    throw Error(path, value, $"'{setting}' is not a valid setting for {rule.Id} (valid: off, {string.Join(", ", VerdictText.All)})");
                }
            }

            return overrides.ToImmutable();
        }
    }
}
