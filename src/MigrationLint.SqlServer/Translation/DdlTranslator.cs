using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigrationLint.Core.Model;

namespace MigrationLint.SqlServer.Translation;

/// <summary>
/// CREATE, ALTER and DROP of everything that is not a table's columns or constraints. ALTER VIEW,
/// PROCEDURE and FUNCTION replace an object that must already exist (the old code knows it), so
/// they are changes of it; CREATE OR ALTER is PostgreSQL's CREATE OR REPLACE.
/// </summary>
internal static class DdlTranslator
{
    public static SchemaOperation? Create(ScriptPiece piece, TSqlStatement statement)
    {
        var span = piece.Span(statement);
        return statement switch
        {
            CreateOrAlterViewStatement view => new CreateObject(span, ViewKind(view), Names.Of(view.SchemaObjectName), true, null),
            AlterViewStatement view => new AlterObject(span, ViewKind(view), Names.Of(view.SchemaObjectName), "definition"),
            CreateViewStatement view => new CreateObject(span, ViewKind(view), Names.Of(view.SchemaObjectName), false, null),
            CreateOrAlterProcedureStatement procedure => new CreateObject(span, ObjectKind.Procedure, Names.Of(procedure.ProcedureReference.Name), true, null),
            AlterProcedureStatement procedure => new AlterObject(span, ObjectKind.Procedure, Names.Of(procedure.ProcedureReference.Name), "definition"),
            CreateProcedureStatement procedure => new CreateObject(span, ObjectKind.Procedure, Names.Of(procedure.ProcedureReference.Name), false, null),
            CreateOrAlterFunctionStatement function => new CreateObject(span, ObjectKind.Function, Names.Of(function.Name), true, null),
            AlterFunctionStatement function => new AlterObject(span, ObjectKind.Function, Names.Of(function.Name), "definition"),
            CreateFunctionStatement function => new CreateObject(span, ObjectKind.Function, Names.Of(function.Name), false, null),
            CreateOrAlterTriggerStatement trigger => Trigger(span, trigger, true),
            AlterTriggerStatement trigger => Trigger(span, trigger, true),
            CreateTriggerStatement trigger => Trigger(span, trigger, false),
            CreateSequenceStatement sequence => new CreateObject(span, ObjectKind.Sequence, Names.Of(sequence.Name), false, null),
            AlterSequenceStatement sequence => new AlterObject(span, ObjectKind.Sequence, Names.Of(sequence.Name), "sequence options"),
            CreateTypeStatement type => new CreateObject(span, ObjectKind.Type, Names.Of(type.Name), false, null),
            CreateSynonymStatement synonym => new CreateObject(span, ObjectKind.Other, Names.Of(synonym.Name), false, null),
            CreateUserStatement user => new CreateObject(span, ObjectKind.Role, new ObjectName(null, user.Name.Value), false, null),
            CreateRoleStatement role => new CreateObject(span, ObjectKind.Role, new ObjectName(null, role.Name.Value), false, null),
            CreateLoginStatement login => new CreateObject(span, ObjectKind.Role, new ObjectName(null, login.Name.Value), false, null),
            AlterUserStatement user => new AlterObject(span, ObjectKind.Role, new ObjectName(null, user.Name.Value), "user options"),
            AlterLoginStatement login => new AlterObject(span, ObjectKind.Role, new ObjectName(null, login.Name.Value), "login options"),
            CreateStatisticsStatement statistics => new ChangeTableProperty(span, Names.Of(statistics.OnName), TablePropertyKind.Storage, "CREATE STATISTICS"),
            CreateDatabaseStatement database => new CreateObject(span, ObjectKind.Other, new ObjectName(null, database.DatabaseName.Value), false, null),
            AlterDatabaseStatement => new AlterObject(span, ObjectKind.Other, new ObjectName(null, "database"), "database options"),
            AlterSchemaStatement schema => new MoveToSchema(span, schema.ObjectKind == SecurityObjectKind.Type ? ObjectKind.Type : ObjectKind.Table, Names.Of(schema.ObjectName), schema.Name.Value),
            AlterSecurityPolicyStatement policy => new AlterObject(span, ObjectKind.Other, Names.Of(policy.Name), "security policy predicates"),
            _ => null,
        };
    }

    public static IEnumerable<SchemaOperation> CreateSchema(ScriptPiece piece, CreateSchemaStatement statement, Func<TSqlStatement, IEnumerable<SchemaOperation>> translate)
    {
        yield return new CreateObject(piece.Span(statement), ObjectKind.Schema, new ObjectName(null, statement.Name.Value), false, null);
        foreach (var element in statement.StatementList?.Statements ?? [])
        {
            foreach (var operation in translate(element))
            {
                yield return operation;
            }
        }
    }

    /// <summary>Row-level security: one policy per table its predicates filter or block (PostgreSQL's CREATE POLICY).</summary>
    public static IEnumerable<SchemaOperation> CreateSecurityPolicy(ScriptPiece piece, CreateSecurityPolicyStatement statement)
    {
        var span = piece.Span(statement);
        var name = Names.Of(statement.Name);
        var tables = statement.SecurityPredicateActions
            .Select(a => Names.Of(a.TargetObjectName))
            .DistinctBy(t => t.ToString().ToUpperInvariant())
            .ToList();
        return tables.Count == 0
            ? [new CreateObject(span, ObjectKind.Other, name, false, null)]
            : tables.Select(table => new CreateObject(span, ObjectKind.Policy, name, false, table));
    }

    public static IEnumerable<SchemaOperation> CreateIndex(ScriptPiece piece, TSqlStatement statement)
    {
        var span = piece.Span(statement);
        switch (statement)
        {
            case CreateIndexStatement index:
                var table = Names.Of(index.OnName);
                var online = index.IndexOptions.OfType<OnlineIndexOption>().Any(o => o.OptionState == OptionState.On);
                yield return new CreateIndex(
                    span,
                    Names.InSchemaOf(table, index.Name.Value),
                    table,
                    index.Unique,
                    [.. index.Columns.Select(c => Names.Column(c.Column))],
                    online,
                    false);
                break;
            case CreateColumnStoreIndexStatement columnStore:
                var onTable = Names.Of(columnStore.OnName);
                yield return new CreateIndex(span, Names.InSchemaOf(onTable, columnStore.Name.Value), onTable, false,
                    [.. columnStore.Columns.Select(Names.Column)], false, false);
                break;
            case CreateXmlIndexStatement xml:
                var xmlTable = Names.Of(xml.OnName);
                yield return new CreateIndex(span, Names.InSchemaOf(xmlTable, xml.Name.Value), xmlTable, false, [xml.XmlColumn.Value], false, false);
                break;
            case CreateSpatialIndexStatement spatial:
                var spatialTable = Names.Of(spatial.Object);
                yield return new CreateIndex(span, Names.InSchemaOf(spatialTable, spatial.Name.Value), spatialTable, false, [spatial.SpatialColumnName.Value], false, false);
                break;
            case CreateFullTextIndexStatement fullText:
                yield return new CreateIndex(span, null, Names.Of(fullText.OnName), false, [.. fullText.FullTextIndexColumns.Select(c => c.Name.Value)], false, false);
                break;
        }
    }

    /// <summary>
    /// ALTER INDEX … DISABLE stops an index being used and, for a unique one, enforced (a clustered
    /// one makes the table unreadable): a drop until REBUILD. Everything else only maintains it.
    /// </summary>
    public static SchemaOperation AlterIndex(ScriptPiece piece, AlterIndexStatement statement)
    {
        var span = piece.Span(statement);
        var table = Names.Of(statement.OnName);
        if (statement.AlterIndexType == AlterIndexType.Disable && !statement.All && statement.Name is { } name)
        {
            return new DropIndex(span, Names.InSchemaOf(table, name.Value), false, false, false) { DisableOnly = true };
        }

        if (statement.AlterIndexType == AlterIndexType.Rebuild)
        {
            return new EnableIndex(span, table, statement.All || statement.Name is null ? null : Names.InSchemaOf(table, statement.Name.Value));
        }

        return new ChangeTableProperty(span, table, TablePropertyKind.Storage, $"ALTER INDEX {(statement.All ? "ALL" : statement.Name?.Value)} {statement.AlterIndexType.ToString().ToUpperInvariant()}");
    }

    public static IEnumerable<SchemaOperation> Drop(ScriptPiece piece, TSqlStatement statement)
    {
        var span = piece.Span(statement);
        switch (statement)
        {
            case DropIndexStatement dropIndex:
                foreach (var clause in dropIndex.DropIndexClauses)
                {
                    yield return clause switch
                    {
                        DropIndexClause { Object: { } table, Index: { } index } => new DropIndex(span, Names.InSchemaOf(Names.Of(table), index.Value), dropIndex.IsIfExists, false, false),
                        BackwardsCompatibleDropIndexClause { Index: { } child } => new DropIndex(
                            span, new ObjectName(child.SchemaIdentifier?.Value, child.ChildIdentifier?.Value ?? child.BaseIdentifier.Value), dropIndex.IsIfExists, false, false),
                        _ => new Opaque(span, "DROP INDEX", "the index is not named"),
                    };
                }

                break;
            case DropTriggerStatement trigger when trigger.TriggerScope != TriggerScope.Normal:
                yield return new Opaque(span, "DROP TRIGGER ON DATABASE", "a database or server trigger reacts to DDL or logons; its effect cannot be judged");
                break;
            case DropSchemaStatement schema:
                yield return new DropObject(span, ObjectKind.Schema, new ObjectName(null, schema.Schema.BaseIdentifier.Value), null, schema.IsIfExists, false);
                break;
            case DropStatisticsStatement statistics:
                foreach (var name in statistics.Objects)
                {
                    yield return new ChangeTableProperty(span, new ObjectName(name.SchemaIdentifier?.Value, name.BaseIdentifier.Value), TablePropertyKind.Storage, "DROP STATISTICS");
                }

                break;
            case DropUserStatement or DropRoleStatement or DropLoginStatement:
                var principal = ((DropUnownedObjectStatement)statement).Name.Value;
                yield return new DropObject(span, ObjectKind.Role, new ObjectName(null, principal), null, ((DropUnownedObjectStatement)statement).IsIfExists, false);
                break;
            case DropObjectsStatement objects:
                var kind = DroppedKind(objects);
                foreach (var name in objects.Objects.Select(Names.Of))
                {
                    yield return kind switch
                    {
                        ObjectKind.Table => new DropTable(span, name, objects.IsIfExists, false),
                        _ => new DropObject(span, kind, name, null, objects.IsIfExists, false),
                    };
                }

                break;
            case DropTypeStatement type:
                yield return new DropObject(span, ObjectKind.Type, Names.Of(type.Name), null, type.IsIfExists, false);
                break;
            case DropDatabaseStatement database:
                foreach (var name in database.Databases)
                {
                    yield return new DropObject(span, ObjectKind.Schema, new ObjectName(null, name.Value), null, database.IsIfExists, false);
                }

                break;
            default:
                yield return new Opaque(span, "DROP", "MigrationLint does not model this DROP statement");
                break;
        }
    }

    private static ObjectKind DroppedKind(DropObjectsStatement statement) => statement switch
    {
        DropTableStatement => ObjectKind.Table,
        DropViewStatement => ObjectKind.View,
        DropProcedureStatement => ObjectKind.Procedure,
        DropFunctionStatement => ObjectKind.Function,
        DropTriggerStatement => ObjectKind.Trigger,
        DropSequenceStatement => ObjectKind.Sequence,
        DropSecurityPolicyStatement => ObjectKind.Policy,
        _ => ObjectKind.Other,
    };

    private static ObjectKind ViewKind(ViewStatementBody view) => view.IsMaterialized ? ObjectKind.MaterializedView : ObjectKind.View;

    /// <summary>A DML trigger, in its table's schema unless it names one; database and server triggers are not modelled.</summary>
    private static SchemaOperation Trigger(Core.Model.SourceSpan span, TriggerStatementBody trigger, bool replace)
    {
        if (trigger.TriggerObject.TriggerScope != TriggerScope.Normal || trigger.TriggerObject.Name is null)
        {
            return new Opaque(span, "CREATE TRIGGER ON DATABASE", "a database or server trigger reacts to DDL or logons; its effect cannot be judged");
        }

        var table = Names.Of(trigger.TriggerObject.Name);
        var name = new ObjectName(trigger.Name.SchemaIdentifier?.Value ?? table.Schema, trigger.Name.BaseIdentifier.Value);
        return new CreateObject(span, ObjectKind.Trigger, name, replace, table);
    }
}
