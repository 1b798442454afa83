namespace MigrationLint.Core.Dialects;

/// <summary>What changing a column from one type to another does to code written for the old type.</summary>
public enum TypeChangeKind
{
    /// <summary>The same type, spelt differently.</summary>
    Same,

    /// <summary>Every old value still fits and reads back the same; old writes still succeed.</summary>
    Widening,

    /// <summary>Old values convert without loss, but old writes can now be rejected.</summary>
    Narrowing,

    /// <summary>A different kind of value: old reads or writes break, but the values survive a revert.</summary>
    Incompatible,

    /// <summary>The conversion silently discards information (rounding, truncation): a revert cannot restore it.</summary>
    Lossy,

    /// <summary>The dialect does not know one of the types well enough to judge.</summary>
    Unknown,
}

public sealed record TypeChange(TypeChangeKind Kind, string Reason);
