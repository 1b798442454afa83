namespace MigrationLint.Core.Reports;

/// <summary>
/// What rolling back does to the old code, in increasing order of trouble. The order is the
/// contract: a migration's verdict is the highest of its findings, a release's the highest of its migrations'.
/// </summary>
public enum Verdict
{
    Safe,
    UsuallySafe,
    Review,
    SchemaRevert,
    FullRestore,
}

public static class VerdictText
{
    public static readonly IReadOnlyList<string> All = ["safe", "usually-safe", "review", "schema-revert", "full-restore"];

    public static string ToText(this Verdict verdict) => All[(int)verdict];

    public static bool TryParse(string? text, out Verdict verdict)
    {
        var index = text is null ? -1 : All.ToList().IndexOf(text.Trim().ToLowerInvariant());
        verdict = index < 0 ? Verdict.Safe : (Verdict)index;
        return index >= 0;
    }

    public static Verdict Max(Verdict left, Verdict right) => left >= right ? left : right;

    public static Verdict Highest(this IEnumerable<Verdict> verdicts) => verdicts.DefaultIfEmpty(Verdict.Safe).Max();
}
