using System.CommandLine;
using MigrationLint.Core.Releases;

namespace MigrationLint.Cli;

/// <summary>How release and plan name the release: two git refs, a chart, or a range of versions.</summary>
internal sealed class WindowOptions
{
    private readonly Argument<string> _directory = new("dir")
    {
        Description = "The migrations folder (default: the current folder)",
        DefaultValueFactory = _ => ".",
    };

    private readonly Option<string?> _from = new("--from") { Description = "The previous release: a git tag, branch or commit" };
    private readonly Option<string?> _to = new("--to") { Description = "The release being shipped (default: HEAD, which must have no uncommitted migrations)" };
    private readonly Option<string?> _since = new("--since") { Description = "Without git: the window is every migration after this version" };
    private readonly Option<string?> _until = new("--until") { Description = "With --since: the last version of the window" };
    private readonly Option<string?> _chart = new("--chart") { Description = "A Helm chart (folder or Chart.yaml): its appVersion is the release, the nearest earlier tag the previous one" };

    private readonly Option<string> _tagPattern = new("--tag-pattern")
    {
        Description = "How release tags are named, with {appVersion} for the chart's appVersion",
        DefaultValueFactory = _ => "v{appVersion}",
    };

    public void AddTo(Command command)
    {
        _directory.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal)) is { } token)
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        command.Add(_directory);
        command.Add(_from);
        command.Add(_to);
        command.Add(_since);
        command.Add(_until);
        command.Add(_chart);
        command.Add(_tagPattern);
        command.Validators.Add(result =>
        {
            var named = new[] { (_from, "--from"), (_since, "--since"), (_chart, "--chart") }
                .Where(o => result.GetResult(o.Item1) is { Implicit: false })
                .Select(o => o.Item2)
                .ToList();
            if (named.Count == 0)
            {
                result.AddError("name the release: --from <ref> [--to <ref>], --since <version> [--until <version>], or --chart <chart>");
            }
            else if (named.Count > 1)
            {
                result.AddError($"{string.Join(" and ", named)} name the release in different ways; use one");
            }

            if (result.GetResult(_until) is { Implicit: false } && result.GetResult(_since) is null)
            {
                result.AddError("--until needs --since");
            }

            if (result.GetResult(_to) is { Implicit: false } && result.GetResult(_from) is null)
            {
                result.AddError("--to needs --from");
            }
        });
    }

    /// <summary>The request: the command line first, then the configuration (its first migrations folder, its tag pattern).</summary>
    public ReleaseRequest Read(ParseResult parse, Composition composition) => new(
        parse.GetResult(_directory) is { Implicit: false } ? parse.GetValue(_directory)! : composition.DefaultPaths()[0],
        parse.GetValue(_from),
        parse.GetValue(_to),
        parse.GetValue(_since),
        parse.GetValue(_until),
        parse.GetValue(_chart),
        parse.GetResult(_tagPattern) is { Implicit: false } ? parse.GetValue(_tagPattern)! : composition.Settings.Config.TagPattern ?? "v{appVersion}");
}
