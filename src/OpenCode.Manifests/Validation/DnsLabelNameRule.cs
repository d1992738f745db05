using System.Collections.Generic;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2011: app, namespace, controller and container names become Kubernetes object names and must be RFC 1123
/// DNS labels (lower-case letters, digits, '-', at most 63 characters, starting and ending alphanumeric).
/// </summary>
public sealed class DnsLabelNameRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (!ConstraintSyntax.IsDnsLabel(app.Name))
            {
                yield return Error(app.Kind, app.Name, app.DeclaredAt);
            }

            if (!ConstraintSyntax.IsDnsLabel(app.Namespace))
            {
                yield return Error("namespace", app.Namespace, app.DeclaredAt);
            }

            foreach (var controller in app.Release?.Workload.Controllers ?? new List<Graph.WorkloadController>())
            {
                if (!ConstraintSyntax.IsDnsLabel(controller.Id))
                {
                    yield return Error("controller", controller.Id, app.LocateValue(controller.Path));
                }

                foreach (var container in controller.Containers)
                {
                    if (!ConstraintSyntax.IsDnsLabel(container.Id))
                    {
                        yield return Error("container", container.Id, app.LocateValue(container.Path));
                    }
                }
            }
        }
    }

    private static ManifestDiagnostic Error(string what, string name, SourceLocation at) =>
        new(DiagnosticCatalog.NameNotDnsLabel,
            $"The {what} name '{name}' is not a DNS label: use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. '{ConstraintSyntax.SuggestDnsLabel(name)}').",
            at);
}
