using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// An app's Helm release: the HelmRelease object, its values as the typed model of the chart version it targets
/// (the very object the HelmRelease holds, so provenance recorded on it applies), and what the chart will run.
/// </summary>
/// <param name="Release">The HelmRelease.</param>
/// <param name="Values">The values, typed (e.g. <c>AppTemplate.AppTemplateValues</c>).</param>
/// <param name="Workload">The controllers, containers, mounts, services and routes the values describe.</param>
public sealed record ChartRelease(HelmRelease Release, IYamlWritable Values, Workload Workload);
