namespace MigrationLint.Core.Discovery;

/// <summary>
/// Orders versions the way runners do: numerically, segment by segment (Flyway's 1_12_5 comes before
/// 1_12_10), without overflowing on 20-digit timestamps. Text segments compare ordinally.
/// </summary>
public sealed class VersionComparer : IComparer<string>
{
    public static readonly VersionComparer Instance = new();

    private static readonly char[] Separators = ['_', '.', '-'];

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

        var left = x.Split(Separators);
        var right = y.Split(Separators);
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = CompareSegment(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int CompareSegment(string left, string right)
    {
        if (left.All(char.IsAsciiDigit) && right.All(char.IsAsciiDigit))
        {
            var a = left.TrimStart('0');
            var b = right.TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
        }

        return string.CompareOrdinal(left, right);
    }
}
