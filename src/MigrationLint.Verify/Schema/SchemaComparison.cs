using System.Text.RegularExpressions;

namespace MigrationLint.Verify.Schema;

/// <summary>
/// Compares two snapshots object by object. A missing object with an extra one of the same kind and
/// shape beside it is a rename left in place; the columns, constraints, indexes and triggers of a
/// missing (or extra, or renamed) table are folded into that one difference.
/// </summary>
public static partial class SchemaComparison
{
    public static IReadOnlyList<SchemaDifference> Compare(SchemaSnapshot expected, SchemaSnapshot actual)
    {
        var missing = expected.Objects.Values.Where(o => actual.Find(o.Kind, o.Name) is null).OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        var extra = actual.Objects.Values.Where(o => expected.Find(o.Kind, o.Name) is null).OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        var differences = new List<SchemaDifference>();

        var renames = Renames(missing, extra, expected, actual);
        var goneTables = missing.Where(o => o.Kind == SchemaObjectKind.Table).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var newTables = extra.Where(o => o.Kind == SchemaObjectKind.Table).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (old, now) in renames)
        {
            var folded = old.Kind == SchemaObjectKind.Table ? Children(expected, old.Name) : 0;
            differences.Add(new SchemaDifference(DifferenceKind.Renamed, old.Kind, old.ShortName, old.Parent,
                $"{old.Display} is missing: {Short(now)} is there instead with the same definition (a rename left in place){Folded(folded)}", true));
        }

        var renamed = renames.SelectMany(r => new[] { r.Old, r.Now }).ToHashSet();
        foreach (var gone in missing.Where(o => !renamed.Contains(o) && !(o.Parent is { } p && goneTables.Contains(p))))
        {
            var folded = gone.Kind == SchemaObjectKind.Table ? Children(expected, gone.Name) : 0;
            differences.Add(new SchemaDifference(DifferenceKind.Missing, gone.Kind, gone.ShortName, gone.Parent, $"{gone.Display} is missing{Folded(folded)}", true));
        }

        foreach (var left in extra.Where(o => !renamed.Contains(o) && !(o.Parent is { } p && newTables.Contains(p))))
        {
            var breaks = BreaksOldWrites(left);
            var why = breaks ? "; the old release's writes do not expect it" : "";
            differences.Add(new SchemaDifference(DifferenceKind.Extra, left.Kind, left.ShortName, left.Parent, $"{left.Display} is left behind (the old release did not have it){why}", breaks));
        }

        foreach (var before in expected.Objects.Values.OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal))
        {
            if (actual.Find(before.Kind, before.Name) is not { } after)
            {
                continue;
            }

            foreach (var property in before.Properties.Keys.Union(after.Properties.Keys).Order(StringComparer.Ordinal))
            {
                var was = before.Properties.GetValueOrDefault(property);
                var now = after.Properties.GetValueOrDefault(property);
                if (was != now)
                {
                    differences.Add(new SchemaDifference(DifferenceKind.Changed, before.Kind, before.ShortName, before.Parent, Changed(before, property, was, now), true));
                }
            }
        }

        return differences;
    }

    /// <summary>Pairs of (missing, extra) objects that are the same object under another name.</summary>
    private static List<(SchemaObject Old, SchemaObject Now)> Renames(List<SchemaObject> missing, List<SchemaObject> extra, SchemaSnapshot expected, SchemaSnapshot actual)
    {
        var pairs = new List<(SchemaObject, SchemaObject)>();
        var taken = new HashSet<SchemaObject>();
        foreach (var old in missing)
        {
            var candidates = extra.Where(e => !taken.Contains(e) && e.Kind == old.Kind && e.Parent == old.Parent
                && Signature(old, expected) == Signature(e, actual)).ToList();
            if (candidates.Count == 1)
            {
                pairs.Add((old, candidates[0]));
                taken.Add(candidates[0]);
            }
        }

        return pairs;
    }

    /// <summary>What an object is, apart from its name: its properties (its own name blanked in a definition, which names it), and a table's columns.</summary>
    private static string Signature(SchemaObject o, SchemaSnapshot snapshot)
    {
        var own = o.ShortName;
        var properties = string.Join("\n", o.Properties.Select(p => p.Key + "=" + (p.Key == "definition" ? p.Value.Replace(own, "\u0001", StringComparison.Ordinal) : p.Value)));
        if (o.Kind != SchemaObjectKind.Table)
        {
            return properties;
        }

        var columns = snapshot.OfKind(SchemaObjectKind.Column).Where(c => c.Parent == o.Name)
            .Select(c => c.ShortName + ":" + string.Join(",", c.Properties.Select(p => p.Key + "=" + p.Value)));
        return properties + "\n" + string.Join("\n", columns);
    }

    private static int Children(SchemaSnapshot snapshot, string table) => snapshot.Objects.Values.Count(o => o.Parent == table);

    private static string Folded(int count) => count == 0 ? string.Empty : $" (with the {count} columns, constraints, indexes and triggers on it)";

    private static string Short(SchemaObject o) => o.Kind == SchemaObjectKind.Column ? o.Name : o.ShortName;

    /// <summary>A leftover the old release's writes can trip over: a NOT NULL column it does not fill, a constraint, unique index, trigger, policy or rule.</summary>
    private static bool BreaksOldWrites(SchemaObject o) => o.Kind switch
    {
        SchemaObjectKind.Column => o.Properties.GetValueOrDefault("nullability") == "NOT NULL"
            && !o.Properties.ContainsKey("default") && !o.Properties.ContainsKey("identity") && !o.Properties.ContainsKey("generated"),
        SchemaObjectKind.Constraint => o.Properties.GetValueOrDefault("kind") != "domain check",
        SchemaObjectKind.Index => o.Properties.GetValueOrDefault("definition")?.StartsWith("CREATE UNIQUE", StringComparison.Ordinal) == true,
        SchemaObjectKind.Trigger or SchemaObjectKind.Policy or SchemaObjectKind.Rule => true,
        _ => false,
    };

    private static string Changed(SchemaObject o, string property, string? was, string? now)
    {
        var wasText = Value(was);
        var nowText = Value(now);
        return property switch
        {
            "type" => $"{o.Display} has type {nowText} instead of {wasText}",
            "nullability" => $"{o.Display} is {nowText} instead of {wasText}",
            "default" => $"{o.Display} has {(now is null ? "no default" : "default " + nowText)} instead of {(was is null ? "none" : wasText)}",
            "values" => $"{o.Display} has the values {nowText} instead of {wasText}",
            "grants" => $"{o.Display} grants {(now is { Length: > 0 } ? nowText : "nothing")} instead of {(was is { Length: > 0 } ? wasText : "nothing")}",
            _ => $"{o.Display}: its {property} is {nowText} instead of {wasText}",
        };
    }

    /// <summary>A property value on one line, shortened: function bodies and view definitions can be long.</summary>
    private static string Value(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var single = Whitespace().Replace(value, " ").Trim();
        return single.Length > 160 ? single[..157] + "…" : single;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
