using System.Buffers;
using System.Buffers.Text;
using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MigrationLint.Core.Text;

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

    /// <summary>What ends a run of plain string bytes: the closing quote, an escape, or a control character (not allowed).</summary>
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"u8);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        // libpg_query's JSON holds about one row per six bytes; room for one per five seldom has to
        // grow, which copies the array.
        _rows = ThreadSpare.Take<Row>(Math.Max(16, length / 5));
    }

    /// <summary>The longest rows array a thread keeps for its next tree (4 MB): a huge seed script's rows are let go.</summary>
    private const int MaxSpareRows = 1 << 18;

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
            if (!tree.Scan())
            {
                // Something the scanner does not expect from libpg_query: the JSON reader indexes it,
                // or fails on it exactly as it always did.
                tree._count = 0;
                tree.IndexWithReader();
            }

            return tree;
        }
        catch (JsonException malformed)
        {
            tree.Dispose();
            throw new UnreadableParseTreeException($"libpg_query's parse tree could not be read ({malformed.Message})");
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The deepest nesting read. Real statements go deep (each term of <c>a || b || c …</c> adds
    /// two levels, so forty terms pass the JSON reader's default of 64); a deeper tree is refused
    /// with <see cref="UnreadableParseTreeException"/>, a finding on its statement, never a crash.
    /// </summary>
    internal const int MaxDepth = 1024;

    /// <summary>
    /// Indexes the JSON in one pass over its bytes: a scanner for what libpg_query writes (no
    /// whitespace, integers, escaped strings), a fraction of the general reader's cost. It accepts
    /// only well-formed JSON and says false for anything else (a fraction or exponent, a bad
    /// escape, a control character, nesting deeper than the reader allows), leaving that to
    /// <see cref="IndexWithReader"/>.
    /// </summary>
    private bool Scan()
    {
        // Pointers, not spans: this loop runs once per byte of every parse tree, and the parser's
        // output is already pinned where it lies.
        var json = _json;
        var end = json + _length;
        var open = stackalloc int[MaxDepth];
        var depth = 0;
        var p = SkipWhitespace(json, end);
        while (true)
        {
            // A value.
            if (p >= end)
            {
                return false;
            }

            var c = *p;
            if (c is (byte)'{' or (byte)'[')
            {
                if (depth == MaxDepth)
                {
                    return false;
                }

                open[depth++] = _count;
                Add(c == '{' ? PgValueKind.Object : PgValueKind.Array, (int)(p - json), 1, false);
                p = SkipWhitespace(p + 1, end);
                if (p < end && *p == (c == '{' ? '}' : ']'))
                {
                    _rows[open[--depth]].End = _count;
                    p++;
                }
                else
                {
                    if (c == '{' && (p = ScanPropertyName(json, p, end)) is null)
                    {
                        return false;
                    }

                    continue;
                }
            }
            else if ((p = c switch
                     {
                         (byte)'"' => ScanString(json, p, end, PgValueKind.String),
                         (byte)'t' => ScanLiteral(json, p, end, "true"u8, PgValueKind.True),
                         (byte)'f' => ScanLiteral(json, p, end, "false"u8, PgValueKind.False),
                         (byte)'n' => ScanLiteral(json, p, end, "null"u8, PgValueKind.Null),
                         _ => ScanInteger(json, p, end),
                     }) is null)
            {
                return false;
            }

            // After a value: the next item or property of the container it is in, or its end.
            while (true)
            {
                p = SkipWhitespace(p, end);
                if (depth == 0)
                {
                    return p == end;
                }

                if (p >= end)
                {
                    return false;
                }

                var isObject = _rows[open[depth - 1]].Kind == PgValueKind.Object;
                if (*p == ',')
                {
                    p = SkipWhitespace(p + 1, end);
                    if (isObject && (p = ScanPropertyName(json, p, end)) is null)
                    {
                        return false;
                    }

                    break;
                }

                if (*p != (isObject ? '}' : ']'))
                {
                    return false;
                }

                _rows[open[--depth]].End = _count;
                p++;
            }
        }
    }

    /// <summary>A property name and its colon; where its value starts, or null.</summary>
    private byte* ScanPropertyName(byte* json, byte* p, byte* end)
    {
        if (p >= end || *p != '"')
        {
            return null;
        }

        // The parser's names are short plain words ("relname", "location"): a byte loop finds their
        // closing quote sooner than a vector search; anything else takes the general path.
        var i = p + 1;
        while (i < end && *i != '"' && *i >= 0x20 && *i != '\\')
        {
            i++;
        }

        if (i < end && *i == '"')
        {
            Add(PgValueKind.String, (int)(p + 1 - json), (int)(i - p - 1), false);
            p = i + 1;
        }
        else if ((p = ScanString(json, p, end, PgValueKind.String)) is null)
        {
            return null;
        }

        p = SkipWhitespace(p, end);
        return p < end && *p == ':' ? SkipWhitespace(p + 1, end) : null;
    }

    /// <summary>A string from its opening quote (its row spans the text inside the quotes); where it ends, or null.</summary>
    private byte* ScanString(byte* json, byte* p, byte* end, PgValueKind kind)
    {
        var start = p + 1;
        var escaped = false;
        var i = start;
        while (true)
        {
            // Vectorised: most strings are a name or a word, shorter than one vector.
            var special = new ReadOnlySpan<byte>(i, (int)(end - i)).IndexOfAny(StringSpecials);
            if (special < 0)
            {
                return null;
            }

            i += special;
            if (*i == '"')
            {
                Add(kind, (int)(start - json), (int)(i - start), escaped);
                return i + 1;
            }

            if (*i != '\\' || end - i < 2)
            {
                return null; // a control character, or an escape cut short
            }

            escaped = true;
            switch (i[1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    i += 2;
                    break;
                case (byte)'u' when end - i > 5 && IsHex(i[2]) && IsHex(i[3]) && IsHex(i[4]) && IsHex(i[5]):
                    i += 6;
                    break;
                default:
                    return null;
            }
        }
    }

    private static bool IsHex(byte c) => char.IsAsciiHexDigit((char)c);

    /// <summary>An integer (<c>-?(0|[1-9][0-9]*)</c>); fractions and exponents are left to the reader.</summary>
    private byte* ScanInteger(byte* json, byte* p, byte* end)
    {
        var digits = *p == '-' ? p + 1 : p;
        var i = digits;
        while (i < end && (uint)(*i - '0') <= 9)
        {
            i++;
        }

        if (i == digits || (*digits == '0' && i - digits > 1) || (i < end && *i is (byte)'.' or (byte)'e' or (byte)'E'))
        {
            return null;
        }

        Add(PgValueKind.Number, (int)(p - json), (int)(i - p), false);
        return i;
    }

    private byte* ScanLiteral(byte* json, byte* p, byte* end, ReadOnlySpan<byte> literal, PgValueKind kind)
    {
        if (end - p < literal.Length || !new ReadOnlySpan<byte>(p, literal.Length).SequenceEqual(literal))
        {
            return null;
        }

        Add(kind, (int)(p - json), literal.Length, false);
        return p + literal.Length;
    }

    /// <summary>JSON's blanks; libpg_query writes none, so the first test nearly always ends it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static byte* SkipWhitespace(byte* p, byte* end)
    {
        while (p < end && *p is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            p++;
        }

        return p;
    }

    /// <summary>The general way: System.Text.Json's reader, for whatever <see cref="Scan"/> leaves to it.</summary>
    private void IndexWithReader()
    {
        var open = ArrayPool<int>.Shared.Rent(64);
        var depth = 0;
        try
        {
            // One level more for the reader than for us, so that too deep is our message, not the reader's.
            var reader = new Utf8JsonReader(Json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (depth == MaxDepth)
                        {
                            throw new UnreadableParseTreeException($"the statement nests deeper than {MaxDepth} levels");
                        }

                        if (depth == open.Length)
                        {
                            var larger = ArrayPool<int>.Shared.Rent(open.Length * 2);
                            open.AsSpan().CopyTo(larger);
                            ArrayPool<int>.Shared.Return(open);
                            open = larger;
                        }

                        open[depth++] = _count;
                        Add(reader.TokenType == JsonTokenType.StartObject ? PgValueKind.Object : PgValueKind.Array, (int)reader.TokenStartIndex, 1, false);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        _rows[open[--depth]].End = _count;
                        break;
                    case JsonTokenType.PropertyName:
                        Add(PgValueKind.String, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        break;
                    case JsonTokenType.String:
                        Add(PgValueKind.String, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        break;
                    case JsonTokenType.Number:
                        Add(PgValueKind.Number, (int)reader.TokenStartIndex, reader.ValueSpan.Length, false);
                        break;
                    case JsonTokenType.True:
                        Add(PgValueKind.True, (int)reader.TokenStartIndex, 4, false);
                        break;
                    case JsonTokenType.False:
                        Add(PgValueKind.False, (int)reader.TokenStartIndex, 5, false);
                        break;
                    case JsonTokenType.Null:
                        Add(PgValueKind.Null, (int)reader.TokenStartIndex, 4, false);
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(open);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Add(PgValueKind kind, int start, int length, bool escaped)
    {
        if (_count == _rows.Length)
        {
            Grow();
        }

        // A scalar ends where it starts; a container's end is set when it closes.
        _rows[_count] = new Row { Start = start, Length = length, End = _count + 1, Kind = kind, Escaped = escaped };
        _count++;
    }

    private void Grow()
    {
        var larger = GC.AllocateUninitializedArray<Row>(_rows.Length * 2);
        _rows.AsSpan(0, _count).CopyTo(larger);
        _rows = larger;
    }

    public void Dispose()
    {
        if (_json is null)
        {
            return;
        }

        _json = null;
        ThreadSpare.Keep(_rows, MaxSpareRows);

        _rows = [];
        _count = 0;
    }

    private ReadOnlySpan<byte> Json
    {
        get
        {
            if (_json is null)
            {
                ThrowClosed();
            }

            return new ReadOnlySpan<byte>(_json, _length);
        }
    }

    internal PgValueKind KindOf(int row) => RowAt(row).Kind;

    /// <summary>A row, unless the tree is closed: the check is one comparison, the throw kept out of line.</summary>
    private ref Row RowAt(int row)
    {
        if (_json is null)
        {
            ThrowClosed();
        }

        return ref _rows[row];
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowClosed() =>
        throw new ObjectDisposedException(nameof(ParseTree), "a parse tree was used after the parser's result was freed");

    /// <summary>The row after a value and everything inside it: its next sibling's.</summary>
    internal int Next(int row) => RowAt(row).End;

    /// <summary>The first row inside a container (its first item, or its first property's name); <see cref="Next"/> of the container when empty.</summary>
    internal static int FirstChild(int container) => container + 1;

    internal bool IsInside(int container, int row) => row < RowAt(container).End;

    internal bool NameEquals(int nameRow, string name) => NameEquals(RowAt(nameRow), name, Ascii.IsValid(name));

    /// <summary>
    /// The row of the value of the first property named <paramref name="name"/> of an object, or -1.
    /// Property lookups are most of what translators do: names are compared as bytes, in place.
    /// </summary>
    internal int FindProperty(int objectRow, string name)
    {
        var rows = _rows;
        var end = RowAt(objectRow).End;
        var asciiName = Ascii.IsValid(name);
        for (var row = objectRow + 1; row < end; row = rows[row + 1].End)
        {
            if (NameEquals(rows[row], name, asciiName))
            {
                return row + 1;
            }
        }

        return -1;
    }

    private bool NameEquals(in Row row, string name, bool asciiName)
    {
        if (row.Escaped || !asciiName)
        {
            return Decode(row) == name;
        }

        // An ASCII name equals only the very same bytes: any other UTF-8 decodes to something else.
        if (row.Length != name.Length)
        {
            return false;
        }

        var bytes = _json + row.Start;
        for (var i = 0; i < name.Length; i++)
        {
            if (bytes[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    internal bool NameStartsWith(int nameRow, string prefix)
    {
        var row = RowAt(nameRow);
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
        var row = RowAt(nameRow);
        var bytes = Json.Slice(row.Start, row.Length);
        if (row.Escaped || bytes.Length > 128 || !Ascii.IsValid(bytes))
        {
            return Decode(row);
        }

        Span<char> chars = stackalloc char[bytes.Length];
        Ascii.ToUtf16(bytes, chars, out _);
        return NamesBySpan.TryGetValue(chars, out var name) ? name : Names.GetOrAdd(new string(chars), static n => n);
    }

    internal string GetString(int row)
    {
        var value = RowAt(row);
        return value.Kind == PgValueKind.String
            ? DecodeShared(value)
            : throw new InvalidOperationException($"the parse tree has a {value.Kind} where a string was expected");
    }

    /// <summary>Strings this thread decoded lately, by a hash of their bytes (a slot each, the newest kept).</summary>
    [ThreadStatic]
    private static string?[]? _recentStrings;

    private const int RecentStringSlots = 1024;
    private const int RecentStringMaxLength = 40;

    /// <summary>
    /// A string value, the same instance as the last time this thread read those bytes when it is
    /// short and plain ASCII: trees repeat the same few (<c>pg_catalog</c>, type names, the
    /// <c>CONSTR_*</c> and <c>AT_*</c> enumerations, column names), and each new string is memory
    /// the collector must hand out fresh.
    /// </summary>
    private string DecodeShared(in Row row)
    {
        if (row.Escaped || row.Length > RecentStringMaxLength)
        {
            return Decode(row);
        }

        var bytes = Json.Slice(row.Start, row.Length);
        // The slot from the length and the first and last eight bytes: cheap, and a clash only
        // costs a decode (the bytes are compared before a string is reused).
        var hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        if (bytes.Length >= sizeof(ulong))
        {
            hash ^= System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes) * 0xC2B2AE3D27D4EB4FUL;
            hash ^= System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..]) * 0x165667B19E3779F9UL;
        }
        else
        {
            foreach (var b in bytes)
            {
                hash = (hash ^ b) * 0x100000001B3UL;
            }
        }

        hash ^= hash >> 29;
        var recent = _recentStrings ??= new string?[RecentStringSlots];
        ref var slot = ref recent[(int)(hash & (RecentStringSlots - 1))];
        if (slot is { } known && known.Length == bytes.Length && Ascii.Equals(bytes, known))
        {
            return known;
        }

        var decoded = Decode(row);
        if (decoded.Length == bytes.Length)
        {
            // Only ASCII decodes to as many characters as bytes: the one case the comparison above can match.
            slot = decoded;
        }

        return decoded;
    }

    internal int GetInt32(int row)
    {
        var value = RowAt(row);
        if (value.Kind != PgValueKind.Number)
        {
            throw new InvalidOperationException($"the parse tree has a {value.Kind} where a number was expected");
        }

        return Utf8Parser.TryParse(Json.Slice(value.Start, value.Length), out int number, out var consumed) && consumed == value.Length
            ? number
            : throw new FormatException("a number in the parse tree is not a 32-bit integer");
    }

    private string Decode(in Row row)
    {
        if (!row.Escaped)
        {
            try
            {
                return StrictUtf8.GetString(Json.Slice(row.Start, row.Length));
            }
            catch (DecoderFallbackException)
            {
                // As JsonElement.GetString did: an InvalidOperationException, which a translator turns into "could not read".
                throw new InvalidOperationException("the parse tree holds text that is not valid UTF-8");
            }
        }

        // Escapes are rare (quotes and backslashes in literals): let the JSON reader undo them.
        var reader = new Utf8JsonReader(Json.Slice(row.Start - 1, row.Length + 2));
        reader.Read();
        return reader.GetString()!;
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
        /// <summary>The value's kind; a property name is a string.</summary>
        public PgValueKind Kind;
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
        if (ValueKind != PgValueKind.Object)
        {
            throw new InvalidOperationException($"the parse tree has a {ValueKind} where an object was expected");
        }

        var row = _tree!.FindProperty(_row, name);
        value = row < 0 ? default : new PgNode(_tree, row);
        return row >= 0;
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
