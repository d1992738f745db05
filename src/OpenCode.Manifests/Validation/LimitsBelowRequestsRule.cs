using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2023: a container's resource limit below its request (the API server rejects the pod), or a request or limit
/// that is not a Kubernetes quantity. Flux placeholders are left to Flux.
/// </summary>
public sealed class LimitsBelowRequestsRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var container in app.Release?.Workload.Containers ?? Enumerable.Empty<Graph.WorkloadContainer>())
            {
                var resources = container.Resources;
                if (resources is null)
                {
                    continue;
                }

                var at = app.LocateValue(container.Path.Key("resources"));
                var requests = new Dictionary<string, decimal>();
                foreach (var (kind, map) in new[] { ("request", resources.Requests), ("limit", resources.Limits) })
                {
                    foreach (var (resource, quantity) in map ?? new Dictionary<string, ResourceQuantity>())
                    {
                        if (quantity.IsPlaceholder)
                        {
                            continue;
                        }

                        if (!ConstraintSyntax.IsKubernetesQuantity(quantity.Text) || !quantity.TryToDecimal(out var value))
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.LimitsBelowRequests,
                                $"The {resource} {kind} '{quantity}' of container '{container.Id}' is not a Kubernetes quantity; write e.g. '500m' or '2Gi'.",
                                at);
                        }
                        else if (kind == "request")
                        {
                            requests[resource] = value;
                        }
                        else if (requests.TryGetValue(resource, out var request) && value < request)
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.LimitsBelowRequests,
                                $"Container '{container.Id}' limits {resource} to {quantity}, below its request of {resources.Requests![resource]}; Kubernetes rejects the pod. Raise the limit or lower the request.",
                                at);
                        }
                    }
                }
            }
        }
    }
}
