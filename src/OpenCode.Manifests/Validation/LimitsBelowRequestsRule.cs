using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2023: a container's resource limit below its request (the API server rejects the pod), or a request or limit
/// that is not a Kubernetes quantity.
/// </summary>
public sealed class LimitsBelowRequestsRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var container in context.Apps.SelectMany(a => a.Builder.Controllers).SelectMany(c => c.Containers))
        {
            var resources = container.Resources;
            if (resources is null)
            {
                continue;
            }

            var requests = new Dictionary<string, decimal>();
            foreach (var (kind, map) in new[] { ("request", resources.Requests), ("limit", resources.Limits) })
            {
                foreach (var (resource, quantity) in map ?? new Dictionary<string, ResourceQuantity>())
                {
                    var value = Parse(quantity);
                    if (value is null)
                    {
                        yield return new ManifestDiagnostic("OCM2023", DiagnosticSeverity.Error,
                            $"The {resource} {kind} '{quantity}' of container '{container.Id}' is not a Kubernetes quantity; write e.g. '500m' or '2Gi'.",
                            container.DeclaredAt);
                    }
                    else if (kind == "request")
                    {
                        requests[resource] = value.Value;
                    }
                    else if (requests.TryGetValue(resource, out var request) && value.Value < request)
                    {
                        yield return new ManifestDiagnostic("OCM2023", DiagnosticSeverity.Error,
                            $"Container '{container.Id}' limits {resource} to {quantity}, below its request of {resources.Requests![resource]}; Kubernetes rejects the pod. Raise the limit or lower the request.",
                            container.DeclaredAt);
                    }
                }
            }
        }
    }

    private static decimal? Parse(ResourceQuantity? quantity)
    {
        var text = quantity?.ToString();
        if (text is null || !ConstraintSyntax.IsKubernetesQuantity(text))
        {
            return null;
        }

        try
        {
            return quantity!.Value.ToDecimal();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
