using System.Collections;
using System.Numerics;

namespace MigrationLint.Core.Catalog;

/// <summary>
/// An immutable map whose updates share everything they do not change (a hash array mapped trie:
/// 32 branches per level, chosen by five bits of the key's hash at a time). The catalog replays
/// every statement of a history as a new version of the schema, so it needs cheap updates; and it
/// compares versions (before an up, after its down) to check a revert, which
/// <see cref="Differences"/> does by skipping every branch both versions share, in time that
/// follows what changed rather than the size of the schema.
/// </summary>
/// <remarks>
/// Enumeration follows the keys' hashes, which for strings are seeded per process: callers that
/// report in enumeration order sort first (as with any hashed collection).
/// </remarks>
public sealed class PersistentDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    public static readonly PersistentDictionary<TKey, TValue> Empty = new(Node.EmptyRoot, 0);

    private const int BitsPerLevel = 5;
    private const int Branches = 1 << BitsPerLevel;

    /// <summary>Past this shift every bit of the hash is used: keys still together share their whole hash.</summary>
    private const int LastShift = 30;

    private readonly Node _root;

    private PersistentDictionary(Node root, int count)
    {
        _root = root;
        Count = count;
    }

    public int Count { get; }

    public IEnumerable<TKey> Keys => this.Select(pair => pair.Key);

    public IEnumerable<TValue> Values => this.Select(pair => pair.Value);

    public TValue this[TKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in the map");

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    public bool TryGetValue(TKey key, out TValue value)
    {
        var hash = HashOf(key);
        object slot = _root;
        for (var shift = 0; ; shift += BitsPerLevel)
        {
            switch (slot)
            {
                case Entry entry when entry.Hash == hash && Same(entry.Key, key):
                    value = entry.Value;
                    return true;
                case Node node when node.Slot(hash, shift) is { } next:
                    slot = next;
                    continue;
                case Collision collision when collision.Find(key) is { } found:
                    value = found.Value;
                    return true;
            }

            value = default!;
            return false;
        }
    }

    /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/>; this map itself when it already holds that very value.</summary>
    public PersistentDictionary<TKey, TValue> SetItem(TKey key, TValue value)
    {
        var added = false;
        var root = (Node)Set(_root, new Entry(key, value, HashOf(key)), 0, ref added);
        return ReferenceEquals(root, _root) ? this : new PersistentDictionary<TKey, TValue>(root, added ? Count + 1 : Count);
    }

    public PersistentDictionary<TKey, TValue> SetItems(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        var result = this;
        foreach (var (key, value) in items)
        {
            result = result.SetItem(key, value);
        }

        return result;
    }

    /// <summary>The map without <paramref name="key"/>; this map itself when it does not hold it.</summary>
    public PersistentDictionary<TKey, TValue> Remove(TKey key)
    {
        // The root is never lifted into an entry (Without lifts below it only): what comes back is
        // the root itself, a smaller root, or nothing.
        var removed = Without(_root, key, HashOf(key), 0);
        return removed switch
        {
            null => Empty,
            _ when ReferenceEquals(removed, _root) => this,
            _ => new PersistentDictionary<TKey, TValue>((Node)removed, Count - 1),
        };
    }

    public PersistentDictionary<TKey, TValue> RemoveRange(IEnumerable<TKey> keys)
    {
        var result = this;
        foreach (var key in keys)
        {
            result = result.Remove(key);
        }

        return result;
    }

    /// <summary>
    /// Every key whose value differs between this map and <paramref name="other"/>: held by one of
    /// them only, or by both with values that are not the same (the same instance, for reference
    /// types). Branches both maps share are skipped without being looked into.
    /// </summary>
    public IEnumerable<MapDifference<TKey, TValue>> Differences(PersistentDictionary<TKey, TValue> other)
    {
        var found = new List<MapDifference<TKey, TValue>>();
        Compare(_root, other._root, 0, found);
        return found;
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        foreach (var entry in EntriesUnder(_root))
        {
            yield return new KeyValuePair<TKey, TValue>(entry.Key, entry.Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int HashOf(TKey key) => EqualityComparer<TKey>.Default.GetHashCode(key);

    private static bool Same(TKey left, TKey right) => EqualityComparer<TKey>.Default.Equals(left, right);

    /// <summary>Values are the same when they are the same instance (reference types) or equal (value types).</summary>
    private static bool SameValue(TValue left, TValue right) =>
        typeof(TValue).IsValueType ? EqualityComparer<TValue>.Default.Equals(left, right) : ReferenceEquals(left, right);

    private static int Index(int hash, int shift) => (int)((uint)hash >> shift) & (Branches - 1);

    /// <summary>The slot with the entry set; the same slot when nothing changed.</summary>
    private static object Set(object slot, Entry entry, int shift, ref bool added)
    {
        switch (slot)
        {
            case Node node:
            {
                var position = node.Position(entry.Hash, shift);
                if (!node.Has(entry.Hash, shift))
                {
                    added = true;
                    return node.Inserted(position, entry.Hash, shift, entry);
                }

                var current = node.Slots[position];
                var updated = Set(current, entry, shift + BitsPerLevel, ref added);
                return ReferenceEquals(updated, current) ? node : node.Replaced(position, updated);
            }

            case Entry existing when existing.Hash == entry.Hash && Same(existing.Key, entry.Key):
                return SameValue(existing.Value, entry.Value) ? existing : entry;
            case Entry existing:
                added = true;
                return Joined(existing, entry, shift);
            case Collision collision when collision.Hash == entry.Hash:
                return collision.With(entry, ref added);
            default:
                // A collision of another hash: only the first levels tell them apart, so never past the last.
                added = true;
                return Joined(slot, entry, shift);
        }
    }

    /// <summary>Two slots of different keys that fell in one branch, split over the levels below.</summary>
    private static object Joined(object first, Entry second, int shift)
    {
        var firstHash = first is Entry entry ? entry.Hash : ((Collision)first).Hash;
        if (shift > LastShift)
        {
            return first is Collision collision ? collision.Plus(second) : new Collision(firstHash, [(Entry)first, second]);
        }

        var (firstIndex, secondIndex) = (Index(firstHash, shift), Index(second.Hash, shift));
        if (firstIndex == secondIndex)
        {
            return Node.Single(Joined(first, second, shift + BitsPerLevel), firstHash, shift);
        }

        return new Node(
            (1u << firstIndex) | (1u << secondIndex),
            firstIndex < secondIndex ? [first, second] : [second, first]);
    }

    /// <summary>The slot without the key: the same slot when it is not there, null when nothing is left, a lone entry lifted up a level.</summary>
    private static object? Without(object slot, TKey key, int hash, int shift)
    {
        switch (slot)
        {
            case Node node:
            {
                if (!node.Has(hash, shift))
                {
                    return node;
                }

                var position = node.Position(hash, shift);
                var current = node.Slots[position];
                var remaining = Without(current, key, hash, shift + BitsPerLevel);
                if (ReferenceEquals(remaining, current))
                {
                    return node;
                }

                if (remaining is null)
                {
                    var shrunk = node.Removed(position, hash, shift);
                    // A branch left with a single entry becomes that entry, so that equal maps keep one shape.
                    return shift > 0 && shrunk.Slots is [Entry or Collision]
                        ? shrunk.Slots[0]
                        : shrunk.Slots.Length == 0 ? null : shrunk;
                }

                return shift > 0 && node.Slots.Length == 1 && remaining is Entry or Collision
                    ? remaining
                    : node.Replaced(position, remaining);
            }

            case Entry entry:
                return entry.Hash == hash && Same(entry.Key, key) ? null : entry;
            case Collision collision:
                return collision.Hash == hash ? collision.Without(key) : collision;
            default:
                return slot;
        }
    }

    private static void Compare(object? left, object? right, int shift, List<MapDifference<TKey, TValue>> found)
    {
        if (ReferenceEquals(left, right))
        {
            return;
        }

        if (left is Node leftNode && right is Node rightNode)
        {
            var both = leftNode.Bitmap | rightNode.Bitmap;
            while (both != 0)
            {
                var bit = 1u << BitOperations.TrailingZeroCount(both);
                both &= ~bit;
                Compare(leftNode.SlotAt(bit), rightNode.SlotAt(bit), shift + BitsPerLevel, found);
            }

            return;
        }

        // Shapes differ (an entry against a branch, say): few keys on at least one side, compared one by one.
        var leftEntries = EntriesUnder(left).ToList();
        var rightEntries = EntriesUnder(right).ToList();
        foreach (var entry in leftEntries)
        {
            var match = rightEntries.Find(e => e.Hash == entry.Hash && Same(e.Key, entry.Key));
            if (match is null)
            {
                found.Add(new MapDifference<TKey, TValue>(entry.Key, true, entry.Value, false, default));
            }
            else if (!SameValue(entry.Value, match.Value))
            {
                found.Add(new MapDifference<TKey, TValue>(entry.Key, true, entry.Value, true, match.Value));
            }
        }

        foreach (var entry in rightEntries)
        {
            if (!leftEntries.Exists(e => e.Hash == entry.Hash && Same(e.Key, entry.Key)))
            {
                found.Add(new MapDifference<TKey, TValue>(entry.Key, false, default, true, entry.Value));
            }
        }
    }

    /// <summary>Every entry in a slot and the branches below it, in slot order.</summary>
    private static IEnumerable<Entry> EntriesUnder(object? slot)
    {
        var pending = new Stack<object>();
        if (slot is not null)
        {
            pending.Push(slot);
        }

        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case Entry entry:
                    yield return entry;
                    break;
                case Collision collision:
                    foreach (var entry in collision.Entries)
                    {
                        yield return entry;
                    }

                    break;
                case Node node:
                    for (var i = node.Slots.Length - 1; i >= 0; i--)
                    {
                        pending.Push(node.Slots[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>One key and its value, with the key's hash kept.</summary>
    private sealed class Entry(TKey key, TValue value, int hash)
    {
        public TKey Key { get; } = key;

        public TValue Value { get; } = value;

        public int Hash { get; } = hash;
    }

    /// <summary>Keys whose whole hashes are equal, kept in a list.</summary>
    private sealed class Collision(int hash, Entry[] entries)
    {
        public int Hash { get; } = hash;

        public Entry[] Entries { get; } = entries;

        public Entry? Find(TKey key) => Array.Find(Entries, e => Same(e.Key, key));

        public Collision Plus(Entry entry) => new(Hash, [.. Entries, entry]);

        public Collision With(Entry entry, ref bool added)
        {
            var at = Array.FindIndex(Entries, e => Same(e.Key, entry.Key));
            if (at < 0)
            {
                added = true;
                return Plus(entry);
            }

            if (SameValue(Entries[at].Value, entry.Value))
            {
                return this;
            }

            var entries = (Entry[])Entries.Clone();
            entries[at] = entry;
            return new Collision(Hash, entries);
        }

        /// <summary>Without the key: this collision when it is not there, the last entry alone when one is left.</summary>
        public object Without(TKey key)
        {
            var at = Array.FindIndex(Entries, e => Same(e.Key, key));
            if (at < 0)
            {
                return this;
            }

            Entry[] entries = [.. Entries[..at], .. Entries[(at + 1)..]];
            return entries.Length == 1 ? entries[0] : new Collision(Hash, entries);
        }
    }

    /// <summary>A branch: which of its 32 slots are used (a bit each), and those slots in order.</summary>
    private sealed class Node(uint bitmap, object[] slots)
    {
        public static readonly Node EmptyRoot = new(0, []);

        public uint Bitmap { get; } = bitmap;

        public object[] Slots { get; } = slots;

        public static Node Single(object slot, int hash, int shift) => new(1u << Index(hash, shift), [slot]);

        public bool Has(int hash, int shift) => (Bitmap & (1u << Index(hash, shift))) != 0;

        public int Position(int hash, int shift) => BitOperations.PopCount(Bitmap & ((1u << Index(hash, shift)) - 1));

        public object? Slot(int hash, int shift) => Has(hash, shift) ? Slots[Position(hash, shift)] : null;

        public object? SlotAt(uint bit) => (Bitmap & bit) == 0 ? null : Slots[BitOperations.PopCount(Bitmap & (bit - 1))];

        public Node Inserted(int position, int hash, int shift, object slot)
        {
            var slots = new object[Slots.Length + 1];
            Array.Copy(Slots, slots, position);
            slots[position] = slot;
            Array.Copy(Slots, position, slots, position + 1, Slots.Length - position);
            return new Node(Bitmap | (1u << Index(hash, shift)), slots);
        }

        public Node Replaced(int position, object slot)
        {
            // A copy by hand: Clone goes through the general object copy, several times slower here.
            var slots = new object[Slots.Length];
            Slots.AsSpan().CopyTo(slots);
            slots[position] = slot;
            return new Node(Bitmap, slots);
        }

        public Node Removed(int position, int hash, int shift)
        {
            var slots = new object[Slots.Length - 1];
            Array.Copy(Slots, slots, position);
            Array.Copy(Slots, position + 1, slots, position, Slots.Length - position - 1);
            return new Node(Bitmap & ~(1u << Index(hash, shift)), slots);
        }
    }
}

/// <summary>A key whose value differs between two maps: the value on each side, where the side has the key.</summary>
public readonly record struct MapDifference<TKey, TValue>(TKey Key, bool InLeft, TValue? Left, bool InRight, TValue? Right);
