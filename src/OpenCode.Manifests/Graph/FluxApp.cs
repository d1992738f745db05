using System.Collections.Generic;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Resources.ExternalSecrets;
using OpenCode.Manifests.Resources.Flux;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// The composed objects of one app: the resource graph the validation rules read and the renderer writes. The
/// Flux Kustomization (<c>ks.yaml</c>) and the app's kustomization are derived from these by
/// <see cref="FluxTreeBuilder"/>, so names and paths are never typed twice.
/// </summary>
public sealed record FluxApp
{
    /// <summary>The app's name.</summary>
    public required string Name { get; init; }

    /// <summary>The app's namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>Where the app was declared (the workspace record).</summary>
    public SourceLocation DeclaredAt { get; init; }

    /// <summary>The chart source.</summary>
    public required OciRepository ChartSource { get; init; }

    /// <summary>The release; its values come from <see cref="Builder"/> (<see cref="Values"/>).</summary>
    public required HelmRelease Release { get; init; }

    /// <summary>The release's values, typed (the same object the release holds).</summary>
    public required AppTemplateValues Values { get; init; }

    /// <summary>The builder the values were made from (the graph of handles the rules check).</summary>
    public required AppTemplateBuilder Builder { get; init; }

    /// <summary>The ExternalSecrets, one per secret handle.</summary>
    public IReadOnlyList<ExternalSecret> ExternalSecrets { get; init; } = new List<ExternalSecret>();

    /// <summary>Flux variables this app's Kustomization substitutes (APP, VOLSYNC_*).</summary>
    public IReadOnlyDictionary<string, string> Substitutions { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the app includes the cluster's VolSync template (a volume backed up by VolSync).</summary>
    public bool UsesVolSync { get; init; }

    /// <summary>Problems found while composing.</summary>
    public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; init; } = new List<ManifestDiagnostic>();
}
