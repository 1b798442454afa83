namespace MigrationLint.EfCore.Types;

/// <summary>What EF Core says of a column besides its CLR type, from which the provider derives a store type.</summary>
internal sealed record Facets(int? MaxLength, int? Precision, int? Scale, bool? Unicode, bool? FixedLength)
{
    public static readonly Facets None = new(null, null, null, null, null);
}
