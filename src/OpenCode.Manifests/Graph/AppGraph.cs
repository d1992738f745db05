using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Resources.ExternalSecrets;
using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// One composed app, as the rules read it and the renderer writes it: every file of its Flux folder with the
/// objects it holds, the Flux Kustomization that applies the folder, its Helm release with what the chart will run,
/// its ExternalSecrets, and where each value came from. Nothing here refers back to the builder that made it.
/// </summary>
public sealed record AppGraph
{
    /// <summary>The app's name (the folder, the Flux Kustomization, the release).</summary>
    public required string Name { get; init; }

    /// <summary>The namespace it runs in.</summary>
    public required string Namespace { get; init; }

    /// <summary>The C# declaration of the app (its record).</summary>
    public required SourceLocation DeclaredAt { get; init; }

    /// <summary>What kind of app this is, for messages (<c>app</c>, <c>OpenCode workspace</c>).</summary>
    public string Kind { get; init; } = "app";

    /// <summary>The files of the app's folder, paths relative to it.</summary>
    public required IReadOnlyList<AppFile> Files { get; init; }

    /// <summary>The Flux Kustomization (<c>ks.yaml</c>) that applies the app's folder.</summary>
    public required FluxKustomization Kustomization { get; init; }

    /// <summary>The Helm release, when the app is one.</summary>
    public ChartRelease? Release { get; init; }

    /// <summary>The ExternalSecrets of the app.</summary>
    public IReadOnlyList<ExternalSecret> ExternalSecrets { get; init; } = new List<ExternalSecret>();

    /// <summary>Which C# line set which value.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>
    /// Secret keys looked up but never declared: composing already reported each (OCM2002), so the rules do not report
    /// the same mistake again where the key is read.
    /// </summary>
    public IReadOnlySet<WorkloadSecretKey> UndeclaredSecretKeys { get; init; } = new HashSet<WorkloadSecretKey>();

    /// <summary>
    /// Environment literals the author marked as not secret (<c>PlainText.NotSecret</c>), with the value marked: the
    /// credential rule (OCM2033) lets exactly that value at exactly that path pass.
    /// </summary>
    public IReadOnlySet<(ValuePath Path, string Value)> AcknowledgedLiterals { get; init; } = new HashSet<(ValuePath Path, string Value)>();

    /// <summary>
    /// Secrets the app reads that objects outside this build create (a hand-written ExternalSecret or SOPS file next to
    /// the app's generated files, another tool's Secret), each declared in the app's C#: the rules do not ask the
    /// app's own ExternalSecrets to produce them (OCM2018).
    /// </summary>
    public IReadOnlySet<string> ProvidedSecrets { get; init; } = new HashSet<string>();

    /// <summary>Containers (controller, container) whose image the app's C# accepts unpinned (OCM2017 is not reported).</summary>
    public IReadOnlySet<(string Controller, string Container)> AcceptedUnpinnedImages { get; init; } = new HashSet<(string Controller, string Container)>();

    /// <summary>Advanced mounts (volume, controller, container) naming nothing that the app's C# keeps knowingly (OCM2014 is not reported).</summary>
    public IReadOnlySet<(string Volume, string Controller, string? Container)> AcceptedIgnoredMounts { get; init; } = new HashSet<(string Volume, string Controller, string? Container)>();

    /// <summary>Problems found while composing (before any rule ran).</summary>
    public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; init; } = new List<ManifestDiagnostic>();

    /// <summary>Every object of every file, in file order.</summary>
    public IEnumerable<IYamlWritable> Objects => Files.SelectMany(file => file.Documents);

    /// <summary>The line that set a value of the release's values (the app's declaration when none is recorded).</summary>
    public SourceLocation LocateValue(ValuePath path) =>
        Release is null ? DeclaredAt : Provenance.Of(Release.Values, path);
}
