using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the <c>app.Release(spec =&gt; spec with { … })</c> statement of an imported release: the HelmRelease
/// settings beside its values (chart source, interval, install, upgrade, dependsOn, valuesFrom, driftDetection, …)
/// where the release differs from the spec every app starts from (<c>AppFolder.DefaultReleaseSpec</c>), so the built
/// app's <c>helmrelease.yaml</c> has the original's whole spec. A spec key the Flux model does not know is reported
/// (OCM4011) and the release is not imported: emitting it without that key would change what Flux does.
/// </summary>
internal static class ReleaseSpecChanges
{
    /// <summary>The statement (null when the release uses the defaults unchanged), or null with a diagnostic added.</summary>
    public static (bool Typed, string? Statement) Write(ReleaseDocument document, CSharpValueWriter valuesWriter, ImportContext context, int indent)
    {
        var withoutValues = new YamlMappingNode(document.Spec.Children.Where(entry => entry.Key is not YamlScalarNode { Value: "values" }));
        // Paths here are relative to spec, not spec.values: a writer of its own (anchors are not shared with the values).
        var writer = new CSharpValueWriter(new ImportContext(document.File, withoutValues, document.Text) { ShareAnchors = false, NameNode = document.NameNode }, valuesWriter.TypeNames);
        HelmReleaseSpec wanted;
        try
        {
            wanted = ValuesYaml.FromNode<HelmReleaseSpec>(withoutValues);
        }
        catch (ValuesYamlException exception)
        {
            context.Diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.SpecNotTyped,
                $"HelmRelease '{document.Name}': spec does not fit the Flux HelmRelease model ({exception.Problem} at spec{(exception.Path.Length == 0 ? "" : "." + exception.Path.TrimStart('$', '.'))}); the release was not imported.",
                document.File, exception.Line, exception.Column));
            return (false, null);
        }

        var defaults = AppFolder.DefaultReleaseSpec(document.Name, values: null);
        var differing = ValueDiff.DifferingMembers(defaults, wanted, nameof(HelmReleaseSpec.Values));
        if (differing.Count == 0)
        {
            return (true, null);
        }

        var assignments = differing.Select(member => member.Property.GetValue(wanted) is { } value
            ? CSharpValueWriter.Assignment(member.Property.Name, writer.WriteProperty(value, member.Property.PropertyType, member.Nullability, ValuePath.Root, indent + 1))
            : member.Property.Name + " = null").ToList();
        var inline = "app.Release(spec => spec with { " + string.Join(", ", assignments) + " });";
        if (assignments.TrueForAll(a => !a.Contains('\n', System.StringComparison.Ordinal) && !a.Contains("//", System.StringComparison.Ordinal)) && (indent * 4) + inline.Length <= MaxLineWidth)
        {
            return (true, inline);
        }

        var pad = new string(' ', indent * 4);
        return (true, "app.Release(spec => spec with\n" + pad + "{\n" + string.Concat(assignments.Select(a => pad + "    " + a + ",\n")) + pad + "});");
    }

    /// <summary>The widest line the statement is folded onto.</summary>
    private const int MaxLineWidth = 140;
}
