using System.Text.RegularExpressions;

namespace MigrationLint.Reporting.Tests;

/// <summary>One workflow command as the GitHub Actions runner reads it.</summary>
internal sealed record WorkflowCommand(string Name, IReadOnlyDictionary<string, string> Properties, string Data);

/// <summary>
/// Reads a build log the way the GitHub Actions runner does (actions/runner, ActionCommand.TryParseV2
/// and TryParse): lines end at CR, LF or CRLF; a line whose text, after leading white space, starts
/// with <c>::</c> is a command; properties are split at <c>,</c> and at the first <c>=</c>, then
/// unescaped; a legacy <c>##[command]</c> is found anywhere in a line that is not a <c>::</c> command.
/// </summary>
internal static partial class WorkflowCommands
{
    /// <summary>Commands the runner acts on; a name outside this set is not a command, the line is printed.</summary>
    public static readonly IReadOnlySet<string> Registered = new HashSet<string>(StringComparer.Ordinal)
    {
        "error", "warning", "notice", "debug", "group", "endgroup", "add-mask", "stop-commands", "echo",
        "set-output", "save-state", "set-env", "add-path", "add-matcher", "remove-matcher",
    };

    public static IReadOnlyList<string> Lines(string log) => LineBreak().Split(log.TrimEnd('\n'));

    /// <summary>A <c>::</c> command, or null when the runner would print the line as text.</summary>
    public static WorkflowCommand? Parse(string line)
    {
        var message = line.TrimStart();
        if (!message.StartsWith("::", StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf("::", 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var info = message[2..end];
        var space = info.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? info : info[..space];
        if (!Registered.Contains(name))
        {
            return null;
        }

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space > 0)
        {
            foreach (var property in info[(space + 1)..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var pair = property.Split('=', 2, StringSplitOptions.RemoveEmptyEntries);
                if (pair.Length == 2)
                {
                    properties[pair[0]] = UnescapeProperty(pair[1]);
                }
            }
        }

        return new WorkflowCommand(name, properties, UnescapeData(message[(end + 2)..]));
    }

    /// <summary>True where the runner's legacy parser would find a registered <c>##[command]</c> in the line.</summary>
    public static bool HasLegacyCommand(string line)
    {
        for (var start = line.IndexOf("##[", StringComparison.Ordinal); start >= 0; start = line.IndexOf("##[", start + 1, StringComparison.Ordinal))
        {
            var close = line.IndexOf(']', start);
            if (close < 0)
            {
                return false;
            }

            var info = line[(start + 3)..close];
            var space = info.IndexOf(' ', StringComparison.Ordinal);
            if (Registered.Contains(space < 0 ? info : info[..space]))
            {
                return true;
            }
        }

        return false;
    }

    // The runner's order: %25 last, so an escaped "%0A" in the data stays literal.
    private static string UnescapeData(string value) => value
        .Replace("%0D", "\r", StringComparison.Ordinal)
        .Replace("%0A", "\n", StringComparison.Ordinal)
        .Replace("%25", "%", StringComparison.Ordinal);

    private static string UnescapeProperty(string value) => value
        .Replace("%0D", "\r", StringComparison.Ordinal)
        .Replace("%0A", "\n", StringComparison.Ordinal)
        .Replace("%3A", ":", StringComparison.Ordinal)
        .Replace("%2C", ",", StringComparison.Ordinal)
        .Replace("%25", "%", StringComparison.Ordinal);

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
