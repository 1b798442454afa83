namespace MigrationLint.Core.Model;

/// <summary>
/// A region of a source file. Lines and columns are 1-based; columns count UTF-16 code units; the end
/// column is exclusive (one past the last character), as in SARIF.
/// </summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    public bool IsSingleLine => Line == EndLine;

    public override string ToString() => $"{File}:{Line}:{Column}";
}
