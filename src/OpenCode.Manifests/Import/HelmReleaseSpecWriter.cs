using System.Linq;
using System.Text;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the <c>HelmRelease()</c> method of an imported release: the whole <c>spec</c> as Flux reads it (chart
/// source, interval, install, upgrade, dependsOn, valuesFrom, driftDetection, …) typed with the Flux model, and the
/// values from <c>Values()</c>. A spec key the Flux model does not know is reported (OCM4011) and the method is left
/// out rather than written without it.
/// </summary>
internal static class HelmReleaseSpecWriter
{
    public static string Write(ReleaseDocument document, CSharpValueWriter valuesWriter, ImportContext context)
    {
        var withoutValues = new YamlMappingNode(document.Spec.Children.Where(entry => entry.Key is not YamlScalarNode { Value: "values" }));
        // Paths here are relative to spec, not spec.values: a writer of its own (no shared locals: another method).
        var values = new CSharpValueWriter(new ImportContext(document.File, withoutValues, document.Text) { ShareAnchors = false, NameNode = document.NameNode }, valuesWriter.TypeNames);
        HelmReleaseSpec spec;
        try
        {
            spec = ValuesYaml.FromNode<HelmReleaseSpec>(withoutValues);
        }
        catch (ValuesYamlException exception)
        {
            context.Diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.SpecNotTyped,
                $"HelmRelease '{document.Name}': spec does not fit the Flux HelmRelease model ({exception.Problem} at spec{(exception.Path.Length == 0 ? "" : "." + exception.Path.TrimStart('$', '.'))}); HelmRelease() was not generated, Values() was.",
                document.File, exception.Line, exception.Column));
            return "";
        }

        // The spec's own keys, in the order of Flux's schema, then the values from Values().
        var body = new StringBuilder("new HelmReleaseSpec\n        {\n");
        foreach (var member in CSharpValueWriter.WritableMembers(typeof(HelmReleaseSpec)))
        {
            if (member.Property.GetValue(spec) is { } value && member.YamlKey != "values")
            {
                body.Append("            ").Append(member.Property.Name).Append(" = ")
                    .Append(values.WriteProperty(value, member.Property.PropertyType, member.Nullability, ValuePath.Root, 3)).Append(",\n");
            }
        }

        body.Append("            Values = ChartValues.Of(Values()),\n        }");
        var source = new StringBuilder();
        source.Append('\n');
        source.Append("    public static global::OpenCode.Manifests.Resources.Flux.HelmRelease HelmRelease() => new()\n    {\n");
        source.Append("        Metadata = new V1ObjectMeta { Name = Name, Namespace = Namespace },\n");
        source.Append("        Spec = ").Append(body).Append(",\n");
        source.Append("    };\n");
        return source.ToString();
    }
}
