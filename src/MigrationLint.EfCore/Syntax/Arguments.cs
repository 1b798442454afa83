using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationLint.EfCore.Syntax;

/// <summary>A call's arguments bound to parameter names, positional ones by their place in the signature.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, ExpressionSyntax> _byName;

    private Arguments(Dictionary<string, ExpressionSyntax> byName, ImmutableArray<ExpressionSyntax> positional)
    {
        _byName = byName;
        Positional = positional;
    }

    /// <summary>The arguments written without a name, in order.</summary>
    public ImmutableArray<ExpressionSyntax> Positional { get; }

    public static Arguments Bind(ArgumentListSyntax? list, IReadOnlyList<string> parameters)
    {
        var byName = new Dictionary<string, ExpressionSyntax>(StringComparer.Ordinal);
        var positional = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        var index = 0;
        foreach (var argument in list?.Arguments ?? [])
        {
            if (argument.NameColon is { } nameColon)
            {
                var name = Signatures.Normalise(nameColon.Name.Identifier.ValueText);
                byName[name] = argument.Expression;
                // C# lets a named argument stand in its own position and positional ones follow it.
                index = IndexOf(parameters, name) is var at and >= 0 ? at + 1 : index;
                continue;
            }

            positional.Add(argument.Expression);
            if (index < parameters.Count)
            {
                byName.TryAdd(parameters[index], argument.Expression);
            }

            index++;
        }

        return new Arguments(byName, positional.ToImmutable());
    }

    public ExpressionSyntax? this[string name] => _byName.GetValueOrDefault(name);

    public bool Has(string name) => _byName.ContainsKey(name);

    /// <summary>The parameters given a value, by name or by position.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    private static int IndexOf(IReadOnlyList<string> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
