using System.Text;

namespace MigrationLint.Postgres.Translation;

/// <summary>Parse-tree node names as words for messages: <c>CreatePublicationStmt</c> → "CREATE PUBLICATION".</summary>
internal static class Words
{
    public static string Of(string nodeType)
    {
        var name = nodeType.EndsWith("Stmt", StringComparison.Ordinal) ? nodeType[..^4] : nodeType;
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(char.ToUpperInvariant(name[i]));
        }

        return words.ToString();
    }
}
