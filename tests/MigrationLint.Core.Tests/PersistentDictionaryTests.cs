using MigrationLint.Core.Catalog;
using NUnit.Framework;

namespace MigrationLint.Core.Tests;

public sealed class PersistentDictionaryTests
{
    [Test]
    public void Random_updates_leave_the_same_keys_and_values_as_a_dictionary_and_older_versions_unchanged()
    {
        // Keys from a narrow hash (16 values) force deep branches and whole-hash collisions too.
        foreach (var hashes in new[] { 16, int.MaxValue })
        {
            var random = new Random(hashes);
            var map = PersistentDictionary<Key, string>.Empty;
            var expected = new Dictionary<Key, string>();
            var versions = new List<(PersistentDictionary<Key, string> Map, Dictionary<Key, string> Expected)>();
            for (var step = 0; step < 20_000; step++)
            {
                var key = new Key(random.Next(600), hashes);
                if (random.Next(3) == 0)
                {
                    map = map.Remove(key);
                    expected.Remove(key);
                }
                else
                {
                    var value = $"v{step}";
                    map = map.SetItem(key, value);
                    expected[key] = value;
                }

                if (step % 2_000 == 0)
                {
                    versions.Add((map, new Dictionary<Key, string>(expected)));
                }
            }

            versions.Add((map, expected));
            foreach (var (version, contents) in versions)
            {
                Assert.That(version.Count, Is.EqualTo(contents.Count));
                Assert.That(version.ToDictionary(p => p.Key, p => p.Value), Is.EquivalentTo(contents));
                foreach (var id in Enumerable.Range(0, 600))
                {
                    var key = new Key(id, hashes);
                    Assert.That(version.TryGetValue(key, out var value), Is.EqualTo(contents.ContainsKey(key)));
                    Assert.That(value, Is.EqualTo(contents.GetValueOrDefault(key)));
                }
            }
        }
    }

    [Test]
    public void Differences_are_exactly_the_keys_added_removed_or_given_another_value()
    {
        foreach (var hashes in new[] { 16, int.MaxValue })
        {
            var random = new Random(hashes + 1);
            var before = PersistentDictionary<Key, string>.Empty;
            for (var i = 0; i < 500; i++)
            {
                before = before.SetItem(new Key(i, hashes), $"v{i}");
            }

            for (var round = 0; round < 50; round++)
            {
                var after = before;
                for (var change = 0; change < random.Next(1, 12); change++)
                {
                    var key = new Key(random.Next(700), hashes);
                    after = random.Next(2) == 0 ? after.Remove(key) : after.SetItem(key, $"new{round}.{change}");
                }

                // An unchanged value set again is no difference; a value put back is none either.
                after = after.SetItem(new Key(3, hashes), before[new Key(3, hashes)]);
                var naive = before.Keys.Union(after.Keys)
                    .Where(k => before.ContainsKey(k) != after.ContainsKey(k) || !ReferenceEquals(before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
                    .ToHashSet();

                var found = before.Differences(after).ToList();

                Assert.That(found.Select(d => d.Key), Is.EquivalentTo(naive));
                foreach (var difference in found)
                {
                    Assert.That(difference.InLeft, Is.EqualTo(before.ContainsKey(difference.Key)));
                    Assert.That(difference.InRight, Is.EqualTo(after.ContainsKey(difference.Key)));
                    Assert.That(difference.Left, Is.SameAs(before.GetValueOrDefault(difference.Key)));
                    Assert.That(difference.Right, Is.SameAs(after.GetValueOrDefault(difference.Key)));
                }
            }
        }
    }

    [Test]
    public void Setting_the_value_a_key_already_has_or_removing_an_absent_key_returns_the_same_map()
    {
        var value = "kept";
        var map = PersistentDictionary<Key, string>.Empty.SetItem(new Key(1, 16), value).SetItem(new Key(17, 16), "other");

        Assert.That(map.SetItem(new Key(1, 16), value), Is.SameAs(map));
        Assert.That(map.Remove(new Key(33, 16)), Is.SameAs(map));
        Assert.That(map.Remove(new Key(1, 16)).Remove(new Key(17, 16)).Count, Is.Zero);
        Assert.That(map.Differences(map), Is.Empty);
    }

    /// <summary>A key whose hash takes only <c>hashes</c> values, so that many keys share one.</summary>
    private readonly record struct Key(int Id, int Hashes)
    {
        public override int GetHashCode() => Hashes == int.MaxValue ? HashCode.Combine(Id) : Id % Hashes;

        public bool Equals(Key other) => Id == other.Id;
    }
}
