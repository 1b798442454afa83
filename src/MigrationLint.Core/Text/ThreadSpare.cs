namespace MigrationLint.Core.Text;

/// <summary>
/// One spare array per element type and thread, for work that needs a scratch buffer per file or
/// parse tree: the largest the thread has needed so far, so reading a corpus touches about one
/// buffer per thread instead of a shared pool's one per size class and thread. An array is taken
/// from the thread while in use, so nested work (a tree read inside another) gets its own.
/// </summary>
public static class ThreadSpare
{
    /// <summary>The thread's spare if it holds <paramref name="minimumLength"/> items, else a new array at least as long as the spare was.</summary>
    public static T[] Take<T>(int minimumLength)
    {
        var spare = Slot<T>.Spare;
        Slot<T>.Spare = null;
        return spare is not null && spare.Length >= minimumLength
            ? spare
            : GC.AllocateUninitializedArray<T>(Math.Max(minimumLength, spare?.Length ?? 0));
    }

    /// <summary>Keeps <paramref name="array"/> as the thread's spare when it is the longest offered, up to <paramref name="maximumLength"/> items.</summary>
    public static void Keep<T>(T[] array, int maximumLength = int.MaxValue)
    {
        if (array.Length <= maximumLength && (Slot<T>.Spare is null || Slot<T>.Spare.Length < array.Length))
        {
            Slot<T>.Spare = array;
        }
    }

    private static class Slot<T>
    {
        [ThreadStatic]
        public static T[]? Spare;
    }
}
