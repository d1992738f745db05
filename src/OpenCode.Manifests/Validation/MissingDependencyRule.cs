using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2021: a <c>dependsOn</c> that names something that does not exist — a container's <c>dependsOn</c> naming no
/// container of the same map (the chart fails to render), or the app's Flux Kustomization waiting for itself.
/// Container ordering is only reachable through the <c>Customize</c> escape hatches, so the final values are checked.
/// </summary>
public sealed class MissingDependencyRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (context.Conventions.DependsOn.Contains(app.Name))
            {
                yield return new ManifestDiagnostic("OCM2021", DiagnosticSeverity.Error,
                    $"The cluster conventions make every app depend on '{app.Name}', which is this app itself: Flux would wait forever. Rename the app or remove it from ClusterConventions.DependsOn.",
                    app.DeclaredAt);
            }

            foreach (var (controllerId, controller) in app.Values.Controllers ?? new())
            {
                foreach (var map in new[] { controller.InitContainers, controller.Containers })
                {
                    if (map is null)
                    {
                        continue;
                    }

                    foreach (var (containerId, container) in map)
                    {
                        foreach (var dependency in container.DependsOn?.Values ?? new List<string>())
                        {
                            if (!map.ContainsKey(dependency) || dependency == containerId)
                            {
                                var what = map == controller.InitContainers ? "init containers" : "containers";
                                yield return new ManifestDiagnostic("OCM2021", DiagnosticSeverity.Error,
                                    $"Container '{containerId}' of controller '{controllerId}' depends on '{dependency}', which is {(dependency == containerId ? "itself" : $"not one of its {what} ({string.Join(", ", map.Keys.Where(k => k != containerId))})")}; name a container of the same list.",
                                    SecretKeyNotProducedRule.DeclaredAt(app.Builder, controllerId, containerId) ?? app.DeclaredAt);
                            }
                        }
                    }
                }
            }
        }
    }
}
