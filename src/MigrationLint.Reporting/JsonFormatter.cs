using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using MigrationLint.Core.Reports;
using MigrationLint.Core.Rules;

namespace MigrationLint.Reporting;

/// <summary>
/// The JSON report, <c>schemaVersion: 1</c>, as DESIGN.md fixes it: every finding (safe ones too),
/// each migration's verdict, and the rollback plan. Names in the contract are never renamed or removed.
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The structure is fixed by the code below and pinned by golden files: the writer need not
        // check every call against it.
        SkipValidation = true,
    };

    /// <summary>Each rule's help link, encoded once per process.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonEncodedText> HelpUris = new(StringComparer.Ordinal);

    public string Name => "json";

    public void Write(AnalysisReport report, TextWriter output, FormatOptions options)
    {
        // Straight to the bytes underneath when there are some; through a buffer otherwise (tests, StringWriter).
        if (output is StreamWriter { BaseStream: var stream })
        {
            output.Flush();
            WriteTo(report, stream);
            stream.WriteByte((byte)'\n');
            return;
        }

        using var buffer = new MemoryStream();
        WriteTo(report, buffer);
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    private static void WriteTo(AnalysisReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("verdict", report.Verdict.ToText());
            WriteMigrations(json, stream, report.Migrations);
            WritePlan(json, report.RollbackPlan);
            json.WriteStartArray("errors");
            foreach (var error in report.Errors)
            {
                json.WriteStartObject();
                json.WriteString("file", error.File);
                json.WriteNumber("line", error.Line);
                json.WriteNumber("column", error.Column);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notices");
            foreach (var notice in report.Notices)
            {
                json.WriteStartObject();
                json.WriteString("kind", notice.Kind);
                json.WriteString("file", notice.File);
                WriteNullable(json, "version", notice.Version);

                json.WriteString("message", notice.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// The "migrations" array. A long one is written in two halves at once: the later half on
    /// another core into a buffer, while this thread writes the first half to the stream, then
    /// that buffer after it. A corpus-sized report is megabytes, and writing it was the last phase
    /// of a run, on one core.
    /// </summary>
    private static void WriteMigrations(Utf8JsonWriter json, Stream stream, ImmutableArray<MigrationReport> migrations)
    {
        json.WriteStartArray("migrations");
        var split = migrations.Length >= SplitFrom && Environment.ProcessorCount > 1 ? Half(migrations) : migrations.Length;
        if (split == migrations.Length)
        {
            WriteItems(json, migrations.AsSpan());
            json.WriteEndArray();
            return;
        }

        using var later = new SegmentedBuffer();
        var laterHalf = Task.Run(() => RenderItems(migrations.AsSpan(split..), later));
        try
        {
            WriteItems(json, migrations.AsSpan(..split));
            // The first half ends with an item, so the writer closes the array as after any item.
            var start = laterHalf.GetAwaiter().GetResult();
            json.Flush();
            later.CopyTo(stream, start);
        }
        finally
        {
            // The buffer's arrays go back to the pool only once the other half no longer writes
            // into them, even when this half failed (a closed pipe, say).
            ((IAsyncResult)laterHalf).AsyncWaitHandle.WaitOne();
        }

        json.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter json, ReadOnlySpan<MigrationReport> migrations)
    {
        foreach (var migration in migrations)
        {
            WriteMigration(json, migration);
            if (json.BytesPending > 1 << 15)
            {
                // Keep the writer's buffer small; a corpus-sized report is megabytes.
                json.Flush();
            }
        }
    }

    /// <summary>From how many migrations the array is written in two halves.</summary>
    private const int SplitFrom = 64;

    /// <summary>Where the second half starts: about half the findings (what makes an item long) on each side.</summary>
    private static int Half(ImmutableArray<MigrationReport> migrations)
    {
        var total = migrations.Sum(m => m.Findings.Length + 1L);
        var seen = 0L;
        for (var i = 0; i < migrations.Length; i++)
        {
            seen += migrations[i].Findings.Length + 1L;
            if (seen * 2 >= total)
            {
                return Math.Clamp(i + 1, 1, migrations.Length - 1);
            }
        }

        return migrations.Length - 1;
    }

    /// <summary>
    /// Items as they read after other items of the report's "migrations" array, each with its
    /// comma, line break and indentation, exactly as one writer writes them; returns where they
    /// start in <paramref name="buffer"/>. The writer is given the report's nesting and one item
    /// before them, so it writes them as it would in place.
    /// </summary>
    private static long RenderItems(ReadOnlySpan<MigrationReport> items, SegmentedBuffer buffer)
    {
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("migrations");
        json.WriteNullValue();
        json.Flush();
        var start = buffer.Length;
        foreach (var migration in items)
        {
            WriteMigration(json, migration);
        }

        json.Flush();
        return start;
    }

    private static void WriteMigration(Utf8JsonWriter json, MigrationReport migration)
    {
        json.WriteStartObject();
        json.WriteString("version", migration.Version);
        json.WriteString("name", migration.Name);
        json.WriteString("verdict", migration.Verdict.ToText());
        json.WriteString("dialect", migration.Dialect);
        json.WriteBoolean("inWindow", migration.InWindow);
        json.WriteString("upFile", migration.UpFile);
        WriteNullable(json, "downFile", migration.DownFile);

        json.WriteStartArray("findings");
        // A report holds thousands of findings: their property names are encoded once, and the
        // link to a rule's page and a file's path once per rule and per migration.
        JsonEncodedText? file = null;
        string? fileText = null;
        foreach (var finding in migration.Findings)
        {
            if (!ReferenceEquals(fileText, finding.Span.File))
            {
                fileText = finding.Span.File;
                file = JsonEncodedText.Encode(fileText, WriterOptions.Encoder);
            }

            json.WriteStartObject();
            json.WriteString(Names.Rule, finding.RuleId);
            json.WriteString(Names.Name, finding.RuleName);
            json.WriteString(Names.Verdict, finding.Verdict.ToText());
            json.WriteString(Names.File, file!.Value);
            json.WriteNumber(Names.Line, finding.Span.Line);
            json.WriteNumber(Names.Column, finding.Span.Column);
            json.WriteNumber(Names.EndLine, finding.Span.EndLine);
            json.WriteNumber(Names.EndColumn, finding.Span.EndColumn);
            json.WriteString(Names.Message, finding.Message);
            json.WriteString(Names.HelpUri, HelpUris.GetOrAdd(finding.RuleId, static id => JsonEncodedText.Encode($"{RuleDocumentation.BaseUri}{id}.md", WriterOptions.Encoder)));
            if (finding.Suppression is { } suppression)
            {
                // Suppressed findings stay visible to machines, marked, and count toward no verdict.
                json.WriteStartObject(Names.Suppression);
                json.WriteString(Names.Reason, suppression.Reason);
                json.WriteString(Names.File, suppression.Where.File);
                json.WriteNumber(Names.Line, suppression.Where.Line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, RollbackPlan plan)
    {
        json.WriteStartObject("rollbackPlan");
        json.WriteString("procedure", plan.Procedure.ToText());
        WriteSteps(json, "revert", plan.Revert);
        WriteNullable(json, "targetVersion", plan.TargetVersion);
        json.WriteBoolean("reviewRequired", plan.ReviewRequired);
        WriteStrings(json, "steps", plan.Steps);
        WriteStrings(json, "bookkeeping", plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert ? plan.Bookkeeping : []);
        WriteStrings(json, "discards", plan.Procedure == RollbackProcedure.RollbackWithSchemaRevert ? plan.Discards : []);
        json.WriteStartArray("folders");
        foreach (var folder in plan.Folders)
        {
            json.WriteStartObject();
            json.WriteString("directory", folder.Directory);
            json.WriteString("runner", folder.Runner);
            json.WriteString("scope", folder.ScopeReason);
            WriteSteps(json, "revert", folder.Revert);
            WriteNullable(json, "targetVersion", folder.TargetVersion);
            WriteNullable(json, "bookkeeping", folder.Bookkeeping);
            WriteNullable(json, "revertCommand", folder.RevertCommand);
            WriteStrings(json, "discards", folder.Discards);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "notes", plan.Notes);
        json.WriteEndObject();
    }

    private static void WriteSteps(Utf8JsonWriter json, string name, IEnumerable<RevertStep> steps)
    {
        json.WriteStartArray(name);
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("version", step.Version);
            json.WriteString("file", step.File);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>The findings' property names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict");
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText HelpUri = JsonEncodedText.Encode("helpUri");
        public static readonly JsonEncodedText Suppression = JsonEncodedText.Encode("suppression");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    }
}
