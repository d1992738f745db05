using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>An app-template HelmRelease found in a YAML file: its identity, chart source and values.</summary>
/// <param name="File">The YAML file.</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Namespace">metadata.namespace, or null.</param>
/// <param name="Chart">How the chart is referenced, for the generated comment (e.g. <c>chartRef: OCIRepository/app-template</c>).</param>
/// <param name="ChartVersion">The chart version when the HelmRelease (or an OCIRepository in the same file) pins it (or the OCIRepository its chartRef resolves to).</param>
/// <param name="ChartVersionOrigin">Where <paramref name="ChartVersion"/> was read (e.g. <c>spec.ref.tag of OCIRepository app-template in ocirepository.yaml</c>).</param>
/// <param name="Interval">spec.interval, or null.</param>
/// <param name="ChartRefKind">spec.chartRef.kind, or null when the chart is given by spec.chart.</param>
/// <param name="ChartRefName">spec.chartRef.name.</param>
/// <param name="ChartRefNamespace">spec.chartRef.namespace.</param>
/// <param name="OtherSpecKeys">spec keys besides chart, chartRef, interval and values (not part of the values round trip).</param>
/// <param name="Values">spec.values (an empty mapping when absent).</param>
/// <param name="Line">The line of the document's <c>kind</c>.</param>
/// <param name="Text">The YAML file's text (for the comments the YAML model drops, such as <c># renovate:</c>).</param>
/// <param name="NameNode">The metadata.name scalar (its anchor, <c>&amp;app</c>, becomes the <c>Name</c> constant in C#).</param>
/// <param name="Spec">The whole <c>spec</c> mapping (chart source, interval, install, upgrade, dependsOn, valuesFrom, … and values).</param>
public sealed record ReleaseDocument(
    string File,
    string Name,
    string? Namespace,
    string Chart,
    string? ChartVersion,
    string? ChartVersionOrigin,
    string? Interval,
    string? ChartRefKind,
    string? ChartRefName,
    string? ChartRefNamespace,
    IReadOnlyList<string> OtherSpecKeys,
    YamlMappingNode Values,
    long Line,
    YamlMappingNode Spec,
    string Text = "",
    YamlNode? NameNode = null)
{
    /// <summary>The OCIRepository the chartRef resolves to, or null (a <c>spec.chart</c> template, or none found).</summary>
    internal ChartSource? ChartSource { get; init; }
}
