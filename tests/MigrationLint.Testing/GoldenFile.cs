namespace MigrationLint.Testing;

/// <summary>
/// Compares output with a file under tests/golden/. With MIGRATIONLINT_UPDATE_GOLDEN=1 the file is
/// (re)written instead, for a person to review in the diff before committing.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Golden, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("MIGRATIONLINT_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"golden file {path} is missing; run the tests with MIGRATIONLINT_UPDATE_GOLDEN=1 to create it", path);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            throw new GoldenMismatchException(
                $"{name} differs from the golden file at line {first + 1}:\n" +
                $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "(end of file)")}\n" +
                $"  actual:   {(first < actualLines.Length ? actualLines[first] : "(end of file)")}\n" +
                "If the change is intended, rerun with MIGRATIONLINT_UPDATE_GOLDEN=1 and review the diff.");
        }
    }
}

public sealed class GoldenMismatchException(string message) : Exception(message);
