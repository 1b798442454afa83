namespace MigrationLint.EfCore.Syntax;

/// <summary>
/// The parameters of the EF Core builder methods in declaration order, so that positional arguments
/// bind as the compiler binds them. Overloads that take one column or several share a position; both
/// spellings of the name (<c>column</c>, <c>columns</c>) bind to the plural.
/// </summary>
internal static class Signatures
{
    private static readonly Dictionary<string, string[]> Builder = new(StringComparer.Ordinal)
    {
        ["AddColumn"] = ["name", "table", "type", "unicode", "maxLength", "rowVersion", "schema", "nullable", "defaultValue", "defaultValueSql", "computedColumnSql", "fixedLength", "comment", "collation", "precision", "scale", "stored"],
        ["AddForeignKey"] = ["name", "table", "columns", "principalTable", "schema", "principalSchema", "principalColumns", "onUpdate", "onDelete"],
        ["AddPrimaryKey"] = ["name", "table", "columns", "schema"],
        ["AddUniqueConstraint"] = ["name", "table", "columns", "schema"],
        ["AlterColumn"] =
        [
            "name", "table", "type", "unicode", "maxLength", "rowVersion", "schema", "nullable", "defaultValue", "defaultValueSql",
            "computedColumnSql", "oldClrType", "oldType", "oldUnicode", "oldMaxLength", "oldRowVersion", "oldNullable",
            "oldDefaultValue", "oldDefaultValueSql", "oldComputedColumnSql", "fixedLength", "oldFixedLength", "comment",
            "oldComment", "collation", "oldCollation", "precision", "oldPrecision", "scale", "oldScale", "stored", "oldStored",
        ],
        ["AlterDatabase"] = ["collation", "oldCollation"],
        ["AlterSequence"] = ["name", "schema", "incrementBy", "minValue", "maxValue", "cyclic", "oldIncrementBy", "oldMinValue", "oldMaxValue", "oldCyclic", "cacheSize", "oldCacheSize"],
        ["AlterTable"] = ["name", "schema", "comment", "oldComment"],
        ["CreateIndex"] = ["name", "table", "columns", "schema", "unique", "filter", "descending"],
        ["EnsureSchema"] = ["name"],
        ["CreateSequence"] = ["name", "schema", "startValue", "incrementBy", "minValue", "maxValue", "cyclic", "cacheSize"],
        ["AddCheckConstraint"] = ["name", "table", "sql", "schema"],
        ["CreateCheckConstraint"] = ["name", "table", "sql", "schema"],
        ["CreateTable"] = ["name", "columns", "schema", "constraints", "comment"],
        ["DropColumn"] = ["name", "table", "schema"],
        ["DropForeignKey"] = ["name", "table", "schema"],
        ["DropIndex"] = ["name", "table", "schema"],
        ["DropPrimaryKey"] = ["name", "table", "schema"],
        ["DropSchema"] = ["name"],
        ["DropSequence"] = ["name", "schema"],
        ["DropCheckConstraint"] = ["name", "table", "schema"],
        ["DropTable"] = ["name", "schema"],
        ["DropUniqueConstraint"] = ["name", "table", "schema"],
        ["RenameColumn"] = ["name", "table", "newName", "schema"],
        ["RenameIndex"] = ["name", "newName", "table", "schema"],
        ["RenameSequence"] = ["name", "schema", "newName", "newSchema"],
        ["RenameTable"] = ["name", "schema", "newName", "newSchema"],
        ["RestartSequence"] = ["name", "startValue", "schema"],
        ["Sql"] = ["sql", "suppressTransaction"],

        // The seed-data methods' overloads differ in types only; the table always comes first and the
        // schema is read by name or from the argument count (see DataMapper).
        ["InsertData"] = ["table", "columns"],
        ["DeleteData"] = ["table", "keyColumns"],
        ["UpdateData"] = ["table", "keyColumns"],
    };

    /// <summary>ColumnsBuilder.Column&lt;T&gt; and the constraint methods of CreateTableBuilder, inside CreateTable's lambdas.</summary>
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        ["Column"] = ["type", "unicode", "maxLength", "rowVersion", "name", "nullable", "defaultValue", "defaultValueSql", "computedColumnSql", "fixedLength", "comment", "collation", "precision", "scale", "stored"],
        ["PrimaryKey"] = ["name", "columns"],
        ["UniqueConstraint"] = ["name", "columns"],
        ["CheckConstraint"] = ["name", "sql"],
        ["ForeignKey"] = ["name", "columns", "principalTable", "principalColumns", "principalSchema", "onUpdate", "onDelete"],
    };

    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["column"] = "columns",
        ["principalColumn"] = "principalColumns",
        ["keyColumn"] = "keyColumns",
    };

    public static IReadOnlyList<string>? OfBuilder(string method) => Builder.GetValueOrDefault(method);

    public static IReadOnlyList<string> OfTable(string method) => Table.GetValueOrDefault(method) ?? [];

    public static string Normalise(string parameter) => Singular.GetValueOrDefault(parameter, parameter);
}
