using MigrationLint.Core.Model;
using MigrationLint.EfCore.Syntax;

namespace MigrationLint.EfCore.Mapping;

/// <summary>One builder call being mapped: the call, its arguments, where it is written and its annotations.</summary>
internal sealed class Call(BuilderCall syntax, CallReader reader, SourceSpan span, MappingContext context)
{
    public BuilderCall Syntax { get; } = syntax;

    public CallReader Reader { get; } = reader;

    public SourceSpan Span { get; } = span;

    public MappingContext Context { get; } = context;

    public Annotations Annotations { get; } = Annotations.Of(syntax.Chain, context.Constants);

    /// <summary>The name of the object the call is about; "?" when missing (the mapper then reports the call).</summary>
    public string Name(string parameter = "name") => Reader.Text(parameter) ?? "?";

    public ObjectName Qualified(string parameter = "name", string schemaParameter = "schema") =>
        new(Reader.Text(schemaParameter), Name(parameter));

    public ObjectName Table => new(Reader.Text("schema"), Name("table"));
}
