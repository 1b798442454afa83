namespace MigrationLint.Core.Discovery;

/// <summary>
/// Orders versions the way runners do: numerically, segment by segment (Flyway's 1_12_5 comes before
/// 1_12_10), without overflowing on 20-digit timestamps. Text segments compare ordinally.
/// </summary>
public sealed class VersionComparer : IComparer<string>
{
    public static readonly VersionComparer Instance = new();

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("_.-");

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // Segment by segment, as x.Split('_', '.', '-') would cut them, without allocating: sorting
        // a folder's versions compares them thousands of times.
        ReadOnlySpan<char> left = x, right = y;
        while (true)
        {
            var leftEnd = left.IndexOfAny(Separators);
            var rightEnd = right.IndexOfAny(Separators);
            var order = CompareSegment(leftEnd < 0 ? left : left[..leftEnd], rightEnd < 0 ? right : right[..rightEnd]);
            if (order != 0)
            {
                return order;
            }

            if (leftEnd < 0 || rightEnd < 0)
            {
                // The one with more segments comes last.
                return (leftEnd < 0 ? 0 : 1).CompareTo(rightEnd < 0 ? 0 : 1);
            }

            left = left[(leftEnd + 1)..];
            right = right[(rightEnd + 1)..];
        }
    }

    private static int CompareSegment(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (!left.ContainsAnyExceptInRange('0', '9') && !right.ContainsAnyExceptInRange('0', '9'))
        {
            var a = left.TrimStart('0');
            var b = right.TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
        }

        return left.SequenceCompareTo(right);
    }
}
