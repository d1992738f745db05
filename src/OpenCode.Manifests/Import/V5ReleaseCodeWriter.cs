using System.Linq;
using System.Text;
using OpenCode.Manifests.AppTemplate.V5;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the C# for one app-template 5.x release: the typed 5.x values
/// (<see cref="AppTemplateValues"/> of <c>OpenCode.Manifests.AppTemplate.V5</c>) as one object initializer. The
/// builder's handles emit 4.x values only, so 5.x code is typed values, never 4.x code for a 5.x chart.
/// </summary>
internal sealed class V5ReleaseCodeWriter
{
    private readonly ImportContext context;
    private readonly CSharpValueWriter values;

    public V5ReleaseCodeWriter(ImportContext context)
    {
        this.context = context;
        values = new CSharpValueWriter(context, CSharpTypeNames.V5);
    }

    public string Write(ReleaseDocument document, AppTemplateValues target, string @namespace, string className)
    {
        var expression = values.Write(target, typeof(AppTemplateValues), null, ValuePath.Root, 1);
        var source = new StringBuilder();
        source.Append("// Imported by ocm-import from ").Append(System.IO.Path.GetFileName(document.File))
            .Append(" (HelmRelease ").Append(document.Namespace is null ? "" : document.Namespace + "/").Append(document.Name).Append(").\n");
        source.Append("// Chart: ").Append(document.Chart).Append(document.ChartVersion is null ? "" : ", version " + document.ChartVersion)
            .Append(": app-template 5.x, typed 5.x values (the builder's handles are 4.x only).\n");
        foreach (var note in context.Diagnostics.Where(d => d.Id == DiagnosticCatalog.KeptAsFreeForm.Id))
        {
            source.Append("// ").Append(note.Id).Append(" (line ").Append(note.Line).Append("): ").Append(note.Message).Append('\n');
        }

        source.Append("#nullable enable\n");
        foreach (var import in values.TypeNames.ImportedNamespaces)
        {
            source.Append("using ").Append(import).Append(";\n");
        }

        source.Append('\n').Append("namespace ").Append(@namespace).Append(";\n\n");
        source.Append("/// <summary>The app-template 5.x HelmRelease <c>").Append(CSharpLiterals.Xml(document.Namespace is null ? document.Name : document.Namespace + "/" + document.Name)).Append("</c>.</summary>\n");
        source.Append("public static class ").Append(className).Append("\n{\n");
        source.Append("    public const string Name = ").Append(CSharpLiterals.Quote(document.Name)).Append(";\n");
        source.Append("    public const string? Namespace = ").Append(document.Namespace is null ? "null" : CSharpLiterals.Quote(document.Namespace)).Append(";\n");
        source.Append("    public const string? ChartVersion = ").Append(document.ChartVersion is null ? "null" : CSharpLiterals.Quote(document.ChartVersion)).Append(";\n\n");
        if (context.SharedLocals.Count == 0)
        {
            source.Append("    public static AppTemplateValues Values() => ").Append(expression).Append(";\n");
        }
        else
        {
            // YAML anchors used twice became locals: a block body declares them first.
            source.Append("    public static AppTemplateValues Values()\n    {\n");
            foreach (var (local, literal) in context.SharedLocals)
            {
                source.Append("        var ").Append(local).Append(" = ").Append(literal).Append(";\n");
            }

            source.Append("        return ").Append(expression.Replace("\n", "\n    ", System.StringComparison.Ordinal)).Append(";\n    }\n");
        }

        source.Append(HelmReleaseSpecWriter.Write(document, values, context));
        source.Append("}\n");
        return source.ToString();
    }
}
