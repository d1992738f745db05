using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Validation;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Pipeline;

/// <summary>The result of composing, validating and rendering a registry: files to write, or diagnostics.</summary>
/// <param name="Apps">The composed apps.</param>
/// <param name="Manifests">The tree's files before rendering.</param>
/// <param name="Files">The rendered files (empty when there are errors).</param>
/// <param name="OwnedFolders">Folders in which stale generated files are pruned.</param>
/// <param name="Diagnostics">Problems found, with source lines.</param>
public sealed record Emission(
    IReadOnlyList<FluxApp> Apps,
    IReadOnlyList<ManifestFile> Manifests,
    IReadOnlyList<TreeFile> Files,
    IReadOnlyList<string> OwnedFolders,
    IReadOnlyList<ManifestDiagnostic> Diagnostics);

/// <summary>records → compose → resource graph → validate → render.</summary>
public static class ManifestPipeline
{
    /// <summary>Runs every stage up to (not including) writing.</summary>
    public static Emission Run(AppRegistry registry)
    {
        var conventions = registry.CreateConventions();
        var diagnostics = new List<ManifestDiagnostic>();
        var apps = new List<FluxApp>();
        foreach (var entry in registry.Apps)
        {
            try
            {
                var app = entry.Create().Compose(conventions, entry.DeclaredAt);
                apps.Add(app);
                diagnostics.AddRange(app.Diagnostics);
            }
            catch (ManifestBuildException ex)
            {
                diagnostics.AddRange(ex.Diagnostics);
            }
        }

        var nodes = new ObjectNodes();
        diagnostics.AddRange(ManifestValidator.Validate(apps, conventions, nodes));
        var manifests = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? new List<ManifestFile>()
            : FluxTreeBuilder.Build(apps, conventions);
        var files = manifests.Select(file => ManifestRenderer.Render(file, nodes)).ToList();
        return new Emission(apps, manifests, files, new[] { conventions.AppsPath }, diagnostics);
    }
}
