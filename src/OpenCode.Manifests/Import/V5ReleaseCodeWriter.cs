using System.Text;
using OpenCode.Manifests.AppTemplate.V5;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the C# for one app-template 5.x release: the typed 5.x values
/// (<see cref="AppTemplateValues"/> of <c>OpenCode.Manifests.AppTemplate.V5</c>) as one object initializer, never
/// 4.x code for a 5.x chart.
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

    /// <summary>The namespaces the written code names types from.</summary>
    public System.Collections.Generic.IEnumerable<string> Usings => values.TypeNames.ImportedNamespaces;

    /// <summary>
    /// The body of the app's <c>Compose</c>: the typed 5.x values, set on the builder's release in one escape hatch
    /// (<c>app.Builder.CustomizeV5</c>); YAML anchors used twice are locals declared first.
    /// </summary>
    public string WriteBody(AppTemplateValues target)
    {
        var expression = values.Write(target, typeof(AppTemplateValues), null, ValuePath.Root, 2);
        var body = new StringBuilder();
        foreach (var (local, literal) in context.SharedLocals)
        {
            body.Append("        var ").Append(local).Append(" = ").Append(literal).Append(";\n");
        }

        body.Append("        app.Builder.CustomizeV5(_ => ").Append(expression).Append(");\n");
        return body.ToString();
    }
}
