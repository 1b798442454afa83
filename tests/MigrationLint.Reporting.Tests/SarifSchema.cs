using System.Text.Json;
using Json.Schema;
using MigrationLint.Testing;

namespace MigrationLint.Reporting.Tests;

/// <summary>
/// The SARIF 2.1.0 JSON schema (tests/schemas/sarif-2.1.0.json, from Microsoft's SARIF SDK), read once;
/// validates documents with format checks on (URIs, URI references, dates), offline.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "tests", "schemas", "sarif-2.1.0.json")));

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    public static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, Options);
    }

    /// <summary>The schema's complaints, one per line, for an assertion message.</summary>
    public static string Describe(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Take(20));
}
