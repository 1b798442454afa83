using System.Collections.Immutable;
using System.Text;
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
        // Every check runs now; the body after the front matter is only cut out when it is asked for.
        var text = markdown.ReplaceLineEndings("\n");
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).Trim() is not "---")
        {
            throw new RuleCatalogueException($"{source}:1: a rule page must start with YAML front matter (---)");
        }

        var frontStart = Math.Min(firstEnd + 1, text.Length);
        var close = frontStart;
        while (close < text.Length && text.AsSpan(close, LineEnd(text, close) - close).Trim() is not "---")
        {
            close = LineEnd(text, close) + 1;
        }

        if (close >= text.Length)
        {
            throw new RuleCatalogueException($"{source}: the front matter is not closed with ---");
        }

        var frontMatter = text.AsSpan(frontStart, Math.Max(0, close - 1 - frontStart));
        var values = ReadSimpleFrontMatter(frontMatter) ?? ReadYamlFrontMatter(source, frontMatter.ToString());
        foreach (var required in RequiredKeys.Where(k => !values.ContainsKey(k) || values[k].Length == 0))
        {
            throw new RuleCatalogueException($"{source}: the front matter lacks '{required}'");
        }

        if (!VerdictText.TryParse(values["verdict"], out var verdict))
        {
            throw new RuleCatalogueException(
                $"{source}: verdict '{values["verdict"]}' is not one of {string.Join(", ", VerdictText.All)}");
        }

        var bodyStart = Math.Min(LineEnd(text, close) + 1, text.Length);
        return new RuleMetadata(values["id"], values["name"], verdict, values["title"], () => text[bodyStart..].Trim());
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends (its '\n', or the end of the text).</summary>
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>
    /// The front matter every page has: one <c>key: value</c> line per required key, each value a
    /// plain one-line scalar. This is YAML read without a YAML parser (a tenth of the start-up of
    /// a check); null for anything else (comments, quotes, unknown or repeated keys, a value YAML
    /// could read differently), which YAML then reads and judges, with its own error messages.
    /// </summary>
    private static Dictionary<string, string>? ReadSimpleFrontMatter(ReadOnlySpan<char> frontMatter)
    {
        var values = new Dictionary<string, string>(RequiredKeys.Length, StringComparer.Ordinal);
        foreach (var line in frontMatter.EnumerateLines())
        {
            var colon = line.IndexOf(": ");
            if (colon <= 0 || KnownKey(line[..colon]) is not { } key)
            {
                return null;
            }

            var value = line[(colon + 2)..].TrimStart(' ');
            if (values.ContainsKey(key) || !IsPlainScalar(value))
            {
                return null;
            }

            values[key] = value.ToString();
        }

        return values;
    }

    private static string? KnownKey(ReadOnlySpan<char> name)
    {
        foreach (var key in RequiredKeys)
        {
            if (name.SequenceEqual(key))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>
    /// A value YAML reads as exactly its text: printable ASCII, starting with a letter or digit (no
    /// indicator such as a quote, '#', '&amp;', '[' or '-'), no ": " or '#' anywhere (a nested
    /// mapping or a comment), not ending in ':' or a blank.
    /// </summary>
    private static bool IsPlainScalar(ReadOnlySpan<char> value) =>
        value.Length > 0
        && char.IsAsciiLetterOrDigit(value[0])
        && !value.ContainsAnyExceptInRange(' ', '~')
        && !value.Contains('#')
        && !value.Contains(": ", StringComparison.Ordinal)
        && value[^1] is not ':' and not ' ';

    private static Dictionary<string, string> ReadYamlFrontMatter(string source, string frontMatter)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(frontMatter));
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

        return values;
    }

    private static ImmutableDictionary<string, RuleMetadata> LoadEmbedded()
    {
        var assembly = typeof(RuleCatalogue).Assembly;
        var builder = ImmutableDictionary.CreateBuilder<string, RuleMetadata>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var metadata = Parse(resource, ReadText(stream));
            builder[metadata.Id] = metadata;
        }

        return builder.ToImmutable();
    }

    /// <summary>A page's text: UTF-8, a UTF-8 byte-order mark dropped (as a StreamReader would).</summary>
    private static string ReadText(Stream stream)
    {
        var length = checked((int)(stream.Length - stream.Position));
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(buffer, 0, length);
            var bytes = buffer.AsSpan(0, length);
            return Encoding.UTF8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
