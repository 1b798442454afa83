using MigrationLint.Core.Model;

namespace MigrationLint.Core.Reports;

/// <summary>One rule's judgement of one operation (or of a migration as a whole), with where it applies.</summary>
public sealed record Finding(string RuleId, string RuleName, Verdict Verdict, SourceSpan Span, string Message);
