using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2021: a <c>dependsOn</c> that names something that does not exist — a container's <c>dependsOn</c> naming no
/// container of the same list (the chart fails to render), or the app's Flux Kustomization waiting for itself.
/// </summary>
public sealed class MissingDependencyRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (app.Kustomization.Spec.DependsOn?.Any(d => d.Name == app.Name && (d.Namespace is null || d.Namespace == app.Kustomization.Metadata?.Namespace)) == true)
            {
                yield return new ManifestDiagnostic(DiagnosticCatalog.MissingDependency,
                    $"The Flux Kustomization of '{app.Name}' depends on '{app.Name}', which is itself: Flux would wait forever. Rename the app or remove it from the dependsOn (the conventions' or the app's).",
                    app.DeclaredAt);
            }

            foreach (var controller in app.Release?.Workload.Controllers ?? new List<Graph.WorkloadController>())
            {
                foreach (var isInit in new[] { true, false })
                {
                    var list = controller.Containers.Where(c => c.IsInit == isInit).ToList();
                    var what = isInit ? "init containers" : "containers";
                    foreach (var container in list)
                    {
                        foreach (var dependency in container.DependsOn)
                        {
                            if (dependency == container.Id || list.All(c => c.Id != dependency))
                            {
                                var others = string.Join(", ", list.Where(c => c.Id != container.Id).Select(c => c.Id));
                                yield return new ManifestDiagnostic(DiagnosticCatalog.MissingDependency,
                                    $"Container '{container.Id}' of controller '{controller.Id}' depends on '{dependency}', which is {(dependency == container.Id ? "itself" : $"not one of its {what} ({others})")}; name a container of the same list.",
                                    app.LocateValue(container.Path.Key("dependsOn")));
                            }
                        }
                    }
                }
            }
        }
    }
}
