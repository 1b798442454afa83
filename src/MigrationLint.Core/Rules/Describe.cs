using MigrationLint.Core.Model;

namespace MigrationLint.Core.Rules;

/// <summary>How messages name things: <c>certificates.serial</c>, <c>index certificates_serial_idx</c>.</summary>
internal static class Describe
{
    public static string Column(ObjectName table, string column) => $"{table}.{column}";

    public static string Object(ObjectKind kind, ObjectName name) => $"{kind.Describe()} {name}";
}
