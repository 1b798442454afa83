using System.Buffers;
using System.Buffers.Text;
using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace MigrationLint.Postgres.Translation;

/// <summary>What a value in the parse tree is; <see cref="Undefined"/> for a node that is not there.</summary>
internal enum PgValueKind : byte
{
    Undefined,
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// libpg_query's JSON parse tree, indexed in one pass where the parser wrote it: one row per value
/// and per property name, in document order, each container knowing where its last descendant
/// ends. Nothing is copied or decoded up front; a string becomes a .NET string when it is read.
/// <para>
/// This replaces <see cref="JsonDocument"/>, which costs as much as the parse itself here: it
/// copies the text, finds each container's start again when it closes (a walk back over
/// everything inside, so deep trees cost their size times their depth), and transcodes every
/// property name it is asked for.
/// </para>
/// The tree reads the parser's memory: it is only valid inside the callback that receives it
/// (<see cref="Read{T}(ReadOnlySpan{byte}, Func{ParseTree, T})"/>, itself inside the parser's
/// callback), and afterwards throws instead of reading freed memory. Translators turn what they need into
/// model objects and strings before returning; no <see cref="PgNode"/> may outlive the callback.
/// </summary>
internal sealed unsafe class ParseTree : IDisposable
{
    /// <summary>Property names, shared by every tree: libpg_query uses a few hundred, over and over.</summary>
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private byte* _json;
    private readonly int _length;
    private Row[] _rows;
    private int _count;

    private ParseTree(byte* json, int length)
    {
        _json = json;
        _length = length;
        _rows = ArrayPool<Row>.Shared.Rent(Math.Max(16, length / 8));
    }

    /// <summary>The top-level value.</summary>
    public PgNode Root => _count > 0 ? new PgNode(this, 0) : default;

    /// <summary>Indexes JSON where it lies (the parser's output), lends the tree to <paramref name="read"/>, and closes it after.</summary>
    public static T Read<T>(ReadOnlySpan<byte> json, Func<ParseTree, T> read)
    {
        fixed (byte* pointer = json)
        {
            using var tree = Read(pointer, json.Length);
            return read(tree);
        }
    }

    /// <summary>Indexes the JSON text at <paramref name="json"/>, which must stay where it is until the tree is disposed.</summary>
    private static ParseTree Read(byte* json, int length)
    {
        var tree = new ParseTree(json, length);
        try
        {
            tree.Index();
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    private void Index()
    {
        var open = ArrayPool<int>.Shared.Rent(64);
        var depth = 0;
        try
        {
            // The reader's default depth limit (64), as JsonDocument had: deeper trees still fail the same way.
            var reader = new Utf8JsonReader(Json);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (depth == open.Length)
                        {
                            var larger = ArrayPool<int>.Shared.Rent(open.Length * 2);
                            open.AsSpan().CopyTo(larger);
                            ArrayPool<int>.Shared.Return(open);
                            open = larger;
                        }

                        open[depth++] = _count;
                        Add(reader.TokenType == JsonTokenType.StartObject ? RowKind.Object : RowKind.Array, (int)reader.TokenStartIndex, 1, false);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        _rows[open[--depth]].End = _count;
                        break;
                    case JsonTokenType.PropertyName:
                        Add(RowKind.PropertyName, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        break;
                    case JsonTokenType.String:
                        Add(RowKind.String, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        break;
                    case JsonTokenType.Number:
                        Add(RowKind.Number, (int)reader.TokenStartIndex, reader.ValueSpan.Length, false);
                        break;
                    case JsonTokenType.True:
                        Add(RowKind.True, (int)reader.TokenStartIndex, 4, false);
                        break;
                    case JsonTokenType.False:
                        Add(RowKind.False, (int)reader.TokenStartIndex, 5, false);
                        break;
                    case JsonTokenType.Null:
                        Add(RowKind.Null, (int)reader.TokenStartIndex, 4, false);
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(open);
        }
    }

    private void Add(RowKind kind, int start, int length, bool escaped)
    {
        if (_count == _rows.Length)
        {
            var larger = ArrayPool<Row>.Shared.Rent(_rows.Length * 2);
            _rows.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<Row>.Shared.Return(_rows);
            _rows = larger;
        }

        // A scalar ends where it starts; a container's end is set when it closes.
        _rows[_count] = new Row { Start = start, Length = length, End = _count + 1, Kind = kind, Escaped = escaped };
        _count++;
    }

    public void Dispose()
    {
        if (_json is null)
        {
            return;
        }

        _json = null;
        ArrayPool<Row>.Shared.Return(_rows);
        _rows = [];
        _count = 0;
    }

    private ReadOnlySpan<byte> Json => _json is not null
        ? new ReadOnlySpan<byte>(_json, _length)
        : throw new ObjectDisposedException(nameof(ParseTree), "a parse tree was used after the parser's result was freed");

    internal PgValueKind KindOf(int row) => Rows[row].Kind switch
    {
        RowKind.Object => PgValueKind.Object,
        RowKind.Array => PgValueKind.Array,
        RowKind.String => PgValueKind.String,
        RowKind.Number => PgValueKind.Number,
        RowKind.True => PgValueKind.True,
        RowKind.False => PgValueKind.False,
        RowKind.Null => PgValueKind.Null,
        _ => PgValueKind.Undefined,
    };

    private ReadOnlySpan<Row> Rows => _json is not null ? _rows.AsSpan(0, _count) : throw new ObjectDisposedException(nameof(ParseTree));

    /// <summary>The row after a value and everything inside it: its next sibling's.</summary>
    internal int Next(int row) => Rows[row].End;

    /// <summary>The first row inside a container (its first item, or its first property's name); <see cref="Next"/> of the container when empty.</summary>
    internal static int FirstChild(int container) => container + 1;

    internal bool IsInside(int container, int row) => row < Rows[container].End;

    internal bool NameEquals(int nameRow, string name)
    {
        var row = Rows[nameRow];
        if (row.Escaped)
        {
            return Decode(row) == name;
        }

        var bytes = Json.Slice(row.Start, row.Length);
        if (bytes.Length != name.Length)
        {
            return Ascii.IsValid(bytes) ? false : Decode(row) == name;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != name[i])
            {
                return bytes[i] >= 0x80 && Decode(row) == name;
            }
        }

        return true;
    }

    internal bool NameStartsWith(int nameRow, string prefix)
    {
        var row = Rows[nameRow];
        if (row.Escaped || !Ascii.IsValid(Json.Slice(row.Start, row.Length)))
        {
            return Decode(row).StartsWith(prefix, StringComparison.Ordinal);
        }

        var bytes = Json.Slice(row.Start, row.Length);
        return bytes.Length >= prefix.Length && Ascii.Equals(bytes[..prefix.Length], prefix);
    }

    /// <summary>A property's name, one shared string per distinct name.</summary>
    internal string NameOf(int nameRow)
    {
        var row = Rows[nameRow];
        var bytes = Json.Slice(row.Start, row.Length);
        if (row.Escaped || bytes.Length > 128 || !Ascii.IsValid(bytes))
        {
            return Decode(row);
        }

        Span<char> chars = stackalloc char[bytes.Length];
        Ascii.ToUtf16(bytes, chars, out _);
        return NamesBySpan.TryGetValue(chars, out var name) ? name : Names.GetOrAdd(new string(chars), static n => n);
    }

    internal string GetString(int row) => Rows[row].Kind == RowKind.String
        ? Decode(Rows[row])
        : throw new InvalidOperationException($"the parse tree has a {KindOf(row)} where a string was expected");

    internal int GetInt32(int row)
    {
        var value = Rows[row];
        if (value.Kind != RowKind.Number)
        {
            throw new InvalidOperationException($"the parse tree has a {KindOf(row)} where a number was expected");
        }

        return Utf8Parser.TryParse(Json.Slice(value.Start, value.Length), out int number, out var consumed) && consumed == value.Length
            ? number
            : throw new FormatException("a number in the parse tree is not a 32-bit integer");
    }

    private string Decode(Row row)
    {
        if (!row.Escaped)
        {
            return Encoding.UTF8.GetString(Json.Slice(row.Start, row.Length));
        }

        // Escapes are rare (quotes and backslashes in literals): let the JSON reader undo them.
        var reader = new Utf8JsonReader(Json.Slice(row.Start - 1, row.Length + 2));
        reader.Read();
        return reader.GetString()!;
    }

    private enum RowKind : byte
    {
        Object,
        Array,
        PropertyName,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// One token: where its text is (for strings and names, inside the quotes), and the row after it
    /// and, for a container, after everything inside it.
    /// </summary>
    private struct Row
    {
        public int Start;
        public int Length;
        public int End;
        public RowKind Kind;
        public bool Escaped;
    }
}

/// <summary>
/// A value in a <see cref="ParseTree"/>: what the translators read instead of a JsonElement, with
/// the same shape of API. <c>default</c> is the absent node.
/// </summary>
internal readonly struct PgNode
{
    private readonly ParseTree? _tree;
    private readonly int _row;

    internal PgNode(ParseTree tree, int row)
    {
        _tree = tree;
        _row = row;
    }

    public PgValueKind ValueKind => _tree?.KindOf(_row) ?? PgValueKind.Undefined;

    /// <summary>The value of the property named <paramref name="name"/> of this object (the first, should a name repeat).</summary>
    public bool TryGetProperty(string name, out PgNode value)
    {
        foreach (var property in EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public string GetString() => Tree.GetString(_row);

    public int GetInt32() => Tree.GetInt32(_row);

    public PropertyEnumerator EnumerateObject() => ValueKind == PgValueKind.Object
        ? new PropertyEnumerator(_tree!, _row)
        : throw new InvalidOperationException($"the parse tree has a {ValueKind} where an object was expected");

    public ItemEnumerator EnumerateArray() => ValueKind == PgValueKind.Array
        ? new ItemEnumerator(_tree!, _row)
        : throw new InvalidOperationException($"the parse tree has a {ValueKind} where an array was expected");

    private ParseTree Tree => _tree ?? throw new InvalidOperationException("the node is absent");

    /// <summary>One property of an object: its name row and its value.</summary>
    public readonly struct Property(ParseTree tree, int nameRow)
    {
        public string Name => tree.NameOf(nameRow);

        public PgNode Value => new(tree, nameRow + 1);

        public bool NameEquals(string name) => tree.NameEquals(nameRow, name);

        public bool NameStartsWith(string prefix) => tree.NameStartsWith(nameRow, prefix);
    }

    /// <summary>The properties of an object, in document order, without allocating.</summary>
    public struct PropertyEnumerator(ParseTree tree, int container)
    {
        private int _next = ParseTree.FirstChild(container);
        private int _current = -1;

        public readonly Property Current => new(tree, _current);

        public readonly PropertyEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            // default(PropertyEnumerator) is an empty sequence.
            if (tree is null || !tree.IsInside(container, _next))
            {
                return false;
            }

            _current = _next;
            _next = tree.Next(_current + 1);
            return true;
        }
    }

    /// <summary>The items of an array, in order; also an <see cref="IEnumerable{T}"/> for LINQ.</summary>
    public struct ItemEnumerator(ParseTree tree, int container) : IEnumerable<PgNode>, IEnumerator<PgNode>
    {
        private int _next = ParseTree.FirstChild(container);
        private int _current = -1;

        public readonly PgNode Current => new(tree, _current);

        readonly object IEnumerator.Current => Current;

        public readonly ItemEnumerator GetEnumerator() => new(tree, container);

        readonly IEnumerator<PgNode> IEnumerable<PgNode>.GetEnumerator() => GetEnumerator();

        readonly IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool MoveNext()
        {
            // default(ItemEnumerator) is an empty sequence.
            if (tree is null || !tree.IsInside(container, _next))
            {
                return false;
            }

            _current = _next;
            _next = tree.Next(_current);
            return true;
        }

        public void Reset()
        {
            _next = ParseTree.FirstChild(container);
            _current = -1;
        }

        public readonly void Dispose()
        {
        }
    }
}
