using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationLint.EfCore.Syntax;

/// <summary>
/// Reads a call's arguments as constants. An argument computed at run time is noted in
/// <see cref="RunTime"/> and read as absent; the mapper then reports the whole call for review.
/// </summary>
internal sealed class CallReader(Arguments arguments, Constants constants)
{
    public List<string> RunTime { get; } = [];

    public Arguments Arguments { get; } = arguments;

    public Constants Constants { get; } = constants;

    /// <summary>Whether the argument is given and not null.</summary>
    public bool Has(string parameter) => Arguments[parameter] is { } value && !Constants.IsNull(value);

    public string? Text(string parameter)
    {
        if (Arguments[parameter] is not { } value)
        {
            return null;
        }

        if (Constants.TryString(value, out var text))
        {
            return text;
        }

        RunTime.Add(parameter);
        return null;
    }

    public bool Bool(string parameter, bool fallback)
    {
        if (Arguments[parameter] is not { } value)
        {
            return fallback;
        }

        if (Constants.Bool(value) is { } constant)
        {
            return constant;
        }

        RunTime.Add(parameter);
        return fallback;
    }

    public int? Int(string parameter)
    {
        if (Arguments[parameter] is not { } value || Constants.IsNull(value))
        {
            return null;
        }

        if (Constants.Integer(value) is { } constant and >= int.MinValue and <= int.MaxValue)
        {
            return (int)constant;
        }

        RunTime.Add(parameter);
        return null;
    }

    /// <summary>One name or several (<c>column</c> or <c>columns</c>).</summary>
    public ImmutableArray<string> Names(string parameter)
    {
        if (Arguments[parameter] is not { } value || Constants.IsNull(value))
        {
            return [];
        }

        if (Constants.Strings(value) is { } names)
        {
            return names;
        }

        RunTime.Add(parameter);
        return [];
    }

    /// <summary>The value as written (for messages): <c>0</c>, <c>""</c>, <c>new DateTime(2020, 1, 1)</c>; null when absent or null.</summary>
    public string? Source(string parameter) =>
        Arguments[parameter] is { } value && !Constants.IsNull(value) ? Constants.Source(value) : null;

    public TypeSyntax? TypeOf(string parameter) => Arguments[parameter] is { } value ? Constants.TypeOf(value) : null;
}
