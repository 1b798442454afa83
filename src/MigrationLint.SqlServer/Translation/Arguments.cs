using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// A procedure call's arguments by parameter name, whether passed by position or as
/// <c>@name = value</c>: what a system procedure such as sp_rename receives.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, ScalarExpression> _values = new(StringComparer.OrdinalIgnoreCase);

    public Arguments(IList<ExecuteParameter> parameters, IReadOnlyList<string> names)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var name = parameters[i].Variable?.Name.TrimStart('@') ?? (i < names.Count ? names[i] : $"#{i}");
            _values[name] = parameters[i].ParameterValue;
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The argument's value when it is a string constant (N'…' or '…'); null when absent, NULL or anything else.</summary>
    public string? Text(string name) => _values.GetValueOrDefault(name) is StringLiteral literal ? literal.Value : null;

    /// <summary>True when the argument is given and is not a constant (a variable, an expression): known only at run time.</summary>
    public bool IsComputed(string name) => _values.GetValueOrDefault(name) is { } value and not (Literal or null);

    public ScalarExpression? Value(string name) => _values.GetValueOrDefault(name);
}
