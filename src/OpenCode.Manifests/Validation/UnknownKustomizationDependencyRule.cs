using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2038: a Flux Kustomization's <c>dependsOn</c> names a Kustomization that neither this build emits nor the
/// conventions declare as existing in the cluster (<see cref="Conventions.ClusterConventions.ExistingKustomizations"/>).
/// Flux then waits for it forever and the app is never applied. (An app waiting for itself is OCM2021.)
/// </summary>
public sealed class UnknownKustomizationDependencyRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        var fluxNamespace = context.Conventions.FluxNamespace;
        var emitted = new HashSet<(string Name, string Namespace)>(
            context.Graph.Apps.Select(a => (a.Kustomization.Metadata?.Name ?? a.Name, a.Kustomization.Metadata?.Namespace ?? fluxNamespace)));
        var existing = new HashSet<string>(context.Conventions.ExistingKustomizations ?? Array.Empty<string>(), StringComparer.Ordinal);
        foreach (var app in context.Apps)
        {
            var ownNamespace = app.Kustomization.Metadata?.Namespace ?? fluxNamespace;
            foreach (var dependency in app.Kustomization.Spec.DependsOn ?? new())
            {
                var target = (dependency.Name, dependency.Namespace ?? ownNamespace);
                if (dependency.Name == app.Name || emitted.Contains(target) || existing.Contains(dependency.Name))
                {
                    continue;
                }

                var known = string.Join(", ", existing.Concat(emitted.Select(e => e.Name)).Distinct().OrderBy(n => n, StringComparer.Ordinal));
                yield return new ManifestDiagnostic(DiagnosticCatalog.UnknownKustomizationDependency,
                    $"The Flux Kustomization of '{app.Name}' depends on '{dependency.Name}', which this build does not emit and the conventions do not list in ExistingKustomizations (known: {known}); Flux would wait for it forever. Fix the name, or add it to the conventions' ExistingKustomizations if it exists in the cluster.",
                    app.DeclaredAt);
            }
        }
    }
}
