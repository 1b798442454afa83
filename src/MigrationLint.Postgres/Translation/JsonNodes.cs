
namespace MigrationLint.Postgres.Translation;

/// <summary>
/// Reading libpg_query's JSON parse tree (<see cref="ParseTree"/>): every node is an object with one
/// property named for its type (<c>{"ColumnDef": {…}}</c>); absent properties mean the C default
/// (null, 0, false).
/// </summary>
internal static class JsonNodes
{
    public static PgNode? Get(this PgNode element, string name) =>
        element.ValueKind == PgValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? Str(this PgNode element, string name) =>
        element.Get(name) is { ValueKind: PgValueKind.String } value ? value.GetString() : null;

    public static int Int(this PgNode element, string name, int fallback = 0) =>
        element.Get(name) is { ValueKind: PgValueKind.Number } value ? value.GetInt32() : fallback;

    public static bool Bool(this PgNode element, string name) =>
        element.Get(name) is { ValueKind: PgValueKind.True };

    /// <summary>The items of an array property; none when it is absent. A struct: a foreach over it allocates nothing.</summary>
    public static PgNode.ItemEnumerator Items(this PgNode element, string name) =>
        element.Get(name) is { ValueKind: PgValueKind.Array } array ? array.EnumerateArray() : default;

    /// <summary>The type and body of a node wrapper such as <c>{"String": {"sval": "x"}}</c>.</summary>
    public static (string Type, PgNode Body) Node(this PgNode wrapper)
    {
        if (wrapper.ValueKind == PgValueKind.Object)
        {
            foreach (var property in wrapper.EnumerateObject())
            {
                return (property.Name, property.Value);
            }
        }

        return (string.Empty, default);
    }

    /// <summary>The body of a wrapped node of the given type, or null.</summary>
    public static PgNode? As(this PgNode wrapper, string type) =>
        wrapper.ValueKind == PgValueKind.Object && wrapper.TryGetProperty(type, out var body) ? body : null;

    /// <summary>The text of a <c>String</c> node.</summary>
    public static string? StringValue(this PgNode wrapper) => wrapper.As("String")?.Str("sval");

    /// <summary>The texts of a list of <c>String</c> nodes (names such as <c>["public", "t"]</c>).</summary>
    public static List<string> Strings(this PgNode element, string name)
    {
        var items = element.Items(name);
        var count = 0;
        foreach (var _ in items)
        {
            count++;
        }

        var strings = new List<string>(count);
        foreach (var item in items)
        {
            if (item.StringValue() is { } text)
            {
                strings.Add(text);
            }
        }

        return strings;
    }

    /// <summary>The integer of an <c>Integer</c> node or of an integer <c>A_Const</c>.</summary>
    public static int? IntegerValue(this PgNode wrapper)
    {
        if (wrapper.As("Integer") is { } integer)
        {
            return integer.Int("ival");
        }

        return wrapper.As("A_Const") is { } constant && constant.Get("ival") is { } ival ? ival.Int("ival") : null;
    }

    /// <summary>Every node of the given type anywhere below <paramref name="element"/>.</summary>
    public static IEnumerable<PgNode> Descendants(this PgNode element, string type)
    {
        var pending = new Stack<PgNode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.ValueKind == PgValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    if (property.NameEquals(type))
                    {
                        yield return property.Value;
                    }

                    pending.Push(property.Value);
                }
            }
            else if (current.ValueKind == PgValueKind.Array)
            {
                foreach (var item in current.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
        }
    }
}
