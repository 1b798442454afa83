using MigrationLint.Core.Reports;

namespace MigrationLint.Reporting;

/// <summary>How much a formatter shows.</summary>
public sealed record FormatOptions(bool ShowSafeFindings)
{
    public static readonly FormatOptions Default = new(false);
}

/// <summary>Writes a report in one format. Formatters only read the report; they never judge.</summary>
public interface IReportFormatter
{
    /// <summary>The name used with <c>--format</c>.</summary>
    string Name { get; }

    void Write(AnalysisReport report, TextWriter output, FormatOptions options);
}
