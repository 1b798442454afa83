using System.Text.Json;

namespace MigrationLint.Postgres.Translation;

/// <summary>
/// Reading libpg_query's JSON parse tree: every node is an object with one property named for its
/// type (<c>{"ColumnDef": {…}}</c>); absent properties mean the C default (null, 0, false).
/// </summary>
internal static class JsonNodes
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? Str(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static int Int(this JsonElement element, string name, int fallback = 0) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : fallback;

    public static bool Bool(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.True };

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>The type and body of a node wrapper such as <c>{"String": {"sval": "x"}}</c>.</summary>
    public static (string Type, JsonElement Body) Node(this JsonElement wrapper)
    {
        if (wrapper.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in wrapper.EnumerateObject())
            {
                return (property.Name, property.Value);
            }
        }

        return (string.Empty, default);
    }

    /// <summary>The body of a wrapped node of the given type, or null.</summary>
    public static JsonElement? As(this JsonElement wrapper, string type) =>
        wrapper.ValueKind == JsonValueKind.Object && wrapper.TryGetProperty(type, out var body) ? body : null;

    /// <summary>The text of a <c>String</c> node.</summary>
    public static string? StringValue(this JsonElement wrapper) => wrapper.As("String")?.Str("sval");

    /// <summary>The texts of a list of <c>String</c> nodes (names such as <c>["public", "t"]</c>).</summary>
    public static List<string> Strings(this JsonElement element, string name) =>
        element.Items(name).Select(StringValue).OfType<string>().ToList();

    /// <summary>The integer of an <c>Integer</c> node or of an integer <c>A_Const</c>.</summary>
    public static int? IntegerValue(this JsonElement wrapper)
    {
        if (wrapper.As("Integer") is { } integer)
        {
            return integer.Int("ival");
        }

        return wrapper.As("A_Const") is { } constant && constant.Get("ival") is { } ival ? ival.Int("ival") : null;
    }

    /// <summary>Every node of the given type anywhere below <paramref name="element"/>.</summary>
    public static IEnumerable<JsonElement> Descendants(this JsonElement element, string type)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    if (property.Name == type)
                    {
                        yield return property.Value;
                    }

                    pending.Push(property.Value);
                }
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
        }
    }
}
