using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using MigrationLint.Core.Model;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: one run whose driver lists every rule of the catalogue with
/// its page, one result per finding above safe (all of them with <see cref="FormatOptions.ShowSafeFindings"/>),
/// suppressed findings marked rather than dropped, input errors and discovery notes as tool execution
/// notifications, and the rollback plan in the run's property bag.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/>: the Sarif.Sdk package does not restore here, and the
/// writer keeps the formatter free of reflection for ahead-of-time compilation.
/// </remarks>
public sealed partial class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of our fingerprint in <c>partialFingerprints</c>; the suffix versions the recipe.</summary>
    public const string FingerprintKey = "migrationlint/v1";

    public const string InformationUri = "https://github.com/migrationlint/migrationlint";

    /// <summary>Relative paths are relative to the repository root; the uploader knows where that is.</summary>
    private const string SourceRoot = "%SRCROOT%";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _toolVersion;

    /// <param name="toolVersion">The version to report; by default this assembly's (the product version every MigrationLint assembly shares).</param>
    public SarifFormatter(string? toolVersion = null)
    {
        _toolVersion = toolVersion ?? DefaultToolVersion;
    }

    /// <summary>The informational version without the <c>+commit</c> suffix the SDK appends: stable for one release.</summary>
    public static string DefaultToolVersion { get; } = WithoutBuildMetadata(
        typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SarifFormatter).Assembly.GetName().Version?.ToString()
        ?? "0.0.0");

    public string Name => "sarif";

    public void Write(AnalysisReport report, TextWriter output, FormatOptions options)
    {
        // Straight to the bytes underneath when there are some; through a buffer otherwise (tests, StringWriter).
        if (output is StreamWriter { BaseStream: var stream })
        {
            output.Flush();
            WriteTo(report, options, stream);
            stream.WriteByte((byte)'\n');
            return;
        }

        using var buffer = new MemoryStream();
        WriteTo(report, options, buffer);
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    public static string WithoutBuildMetadata(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private void WriteTo(AnalysisReport report, FormatOptions options, Stream stream)
    {
        var rules = RuleCatalogue.All.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToImmutableDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "MigrationLint");
        json.WriteString("informationUri", InformationUri);
        json.WriteString("version", _toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        WriteInvocation(json, report);

        json.WriteStartArray("results");
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in report.Migrations.SelectMany(m => m.Findings))
        {
            if (finding.Verdict > Verdict.Safe || options.ShowSafeFindings)
            {
                WriteResult(json, finding, ruleIndex, occurrences);
            }

            if (json.BytesPending > 1 << 15)
            {
                // Keep the writer's buffer small; a corpus-sized report is megabytes.
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteRunProperties(json, report);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleMetadata rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", PlainText(FirstParagraph(rule.Documentation)));
        json.WriteStartObject("help");
        json.WriteString("text", PlainText(rule.Documentation));
        json.WriteString("markdown", rule.Documentation);
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Verdict));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("verdict", rule.Verdict.ToText());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Input errors make the run unsuccessful: the verdict does not cover what could not be read.</summary>
    private static void WriteInvocation(Utf8JsonWriter json, AnalysisReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Errors.IsEmpty);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteText(json, "message", MessageText(error.Message));
            json.WriteStartArray("locations");
            WriteLocation(json, new SourceSpan(error.File, error.Line, error.Column, error.Line, error.Column));
            json.WriteEndArray();
            json.WriteEndObject();
        }

        foreach (var notice in report.Notices)
        {
            json.WriteStartObject();
            json.WriteString("level", "note");
            WriteText(json, "message", MessageText(notice.Message));
            json.WriteStartArray("locations");
            WriteLocation(json, new SourceSpan(notice.File, 0, 0, 0, 0));
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("kind", notice.Kind);
            if (notice.Version is not null)
            {
                json.WriteString("version", notice.Version);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, ImmutableDictionary<string, int> ruleIndex, Dictionary<string, int> occurrences)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Verdict));
        WriteText(json, "message", MessageText(finding.Message));
        json.WriteStartArray("locations");
        WriteLocation(json, finding.Span);
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, Fingerprint(finding, occurrences));
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();

            // Said in the migration file itself, or elsewhere (a configuration file).
            json.WriteString("kind", suppression.Where.File == finding.Span.File ? "inSource" : "external");
            json.WriteString("justification", suppression.Reason);
            json.WritePropertyName("location");
            WriteLocation(json, suppression.Where);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("verdict", finding.Verdict.ToText());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A location object; the region only where the position is known (line 0 means the whole file).</summary>
    private static void WriteLocation(Utf8JsonWriter json, SourceSpan span)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(span.File);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        if (span.Line > 0)
        {
            // Our columns are SARIF's: UTF-16 code units, 1-based, end exclusive.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Line);
            if (span.Column > 0)
            {
                json.WriteNumber("startColumn", span.Column);
            }

            var endLine = Math.Max(span.EndLine, span.Line);
            json.WriteNumber("endLine", endLine);
            if (span.Column > 0 && span.EndColumn > 0 && (endLine > span.Line || span.EndColumn >= span.Column))
            {
                json.WriteNumber("endColumn", span.EndColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRunProperties(Utf8JsonWriter json, AnalysisReport report)
    {
        var plan = report.RollbackPlan;
        json.WriteStartObject("properties");
        json.WriteString("verdict", report.Verdict.ToText());
        json.WriteStartObject("rollbackPlan");
        json.WriteString("procedure", plan.Procedure.ToText());
        if (plan.TargetVersion is null)
        {
            json.WriteNull("targetVersion");
        }
        else
        {
            json.WriteString("targetVersion", plan.TargetVersion);
        }

        json.WriteBoolean("reviewRequired", plan.ReviewRequired);
        json.WriteStartArray("revert");
        foreach (var step in plan.Revert)
        {
            json.WriteStartObject();
            json.WriteString("version", step.Version);
            json.WriteString("file", step.File);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>
    /// A message string as SARIF §3.11.5 wants it: braces doubled, so a <c>{0}</c> in a name or a
    /// default (<c>'{}'::jsonb</c>) is not read as a placeholder.
    /// </summary>
    private static string MessageText(string text) =>
        text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>
    /// SARIF levels: what needs the runbook's heavier procedures is an error, what needs a person a
    /// warning, what usually passes a note; safe is <c>none</c> (listed only on request).
    /// </summary>
    private static string Level(Verdict verdict) => verdict switch
    {
        Verdict.FullRestore or Verdict.SchemaRevert => "error",
        Verdict.Review => "warning",
        Verdict.UsuallySafe => "note",
        _ => "none",
    };

    /// <summary>
    /// Stable across runs and line shifts: the rule, the file and the message (which names the objects),
    /// never the position; the n-th identical finding in a file gets its own number.
    /// </summary>
    private static string Fingerprint(Finding finding, Dictionary<string, int> occurrences)
    {
        var identity = $"{finding.RuleId}\n{finding.Span.File.Replace('\\', '/')}\n{NormalisedMessage(finding.Message)}";
        var occurrence = occurrences[identity] = occurrences.GetValueOrDefault(identity) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return $"{Convert.ToHexStringLower(hash, 0, 16)}:{occurrence}";
    }

    /// <summary>White space collapsed, and line numbers a message quotes (an edited migration's first change) left out.</summary>
    private static string NormalisedMessage(string message) =>
        LineNumber().Replace(WhiteSpace().Replace(message.Trim(), " "), "line #");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\bline \d+")]
    private static partial Regex LineNumber();

    /// <summary>
    /// A relative path becomes a relative URI reference under <c>%SRCROOT%</c> (forward slashes, every
    /// byte outside RFC 3986's unreserved set percent-encoded, so spaces, <c>%</c>, <c>,</c> and a
    /// <c>:</c> that would read as a scheme are safe); an absolute path becomes a <c>file:</c> URI.
    /// </summary>
    private static (string Uri, bool Relative) ArtifactUri(string path)
    {
        var forward = path.Replace('\\', '/');
        if (Path.IsPathRooted(path))
        {
            return ("file://" + (forward.StartsWith('/') ? string.Empty : "/") + Encode(forward), false);
        }

        while (forward.StartsWith("./", StringComparison.Ordinal))
        {
            forward = forward[2..];
        }

        return (Encode(forward), true);
    }

    private static string Encode(string path)
    {
        var encoded = new StringBuilder(path.Length);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    /// <summary>The first paragraph of prose of a rule page (its "Problem"), for the short list of rules.</summary>
    private static string FirstParagraph(string markdown)
    {
        var paragraph = markdown.ReplaceLineEndings("\n").Split('\n')
            .SkipWhile(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            .TakeWhile(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Trim());
        return string.Join(' ', paragraph);
    }

    /// <summary>
    /// A rule page as plain text for tools that do not render Markdown: headings, emphasis, code
    /// fences and link syntax removed, the words and URLs kept.
    /// </summary>
    private static string PlainText(string markdown)
    {
        var lines = new List<string>();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var text = Heading().Replace(line, string.Empty);
            text = Link().Replace(text, "$1 ($2)");
            text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
            lines.Add(text);
        }

        return string.Join('\n', lines).Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
