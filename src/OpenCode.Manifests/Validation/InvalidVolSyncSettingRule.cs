using System.Collections.Generic;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2025: a volume's capacity must be a positive Kubernetes quantity and its backup schedule a cron expression.
/// Through the VolSync template both reach the cluster only as Flux substitutions, so a wrong value surfaces as a PVC
/// or ReplicationSource the API server rejects long after the merge.
/// </summary>
public sealed class InvalidVolSyncSettingRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        if (context.Conventions.VolSync is not { } template)
        {
            yield break;
        }

        foreach (var app in context.Apps)
        {
            var substitute = app.Kustomization.Spec.PostBuild?.Substitute;
            if (substitute is null)
            {
                continue;
            }

            if (substitute.TryGetValue(template.CapacityVariable, out var capacity) && !IsPositiveQuantity(capacity))
            {
                yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidVolumeSetting,
                    $"The capacity '{capacity}' of '{app.Name}' is not a positive Kubernetes quantity; write e.g. '10Gi'.",
                    app.DeclaredAt);
            }

            if (substitute.TryGetValue(template.ScheduleVariable, out var schedule) && !ConstraintSyntax.IsCronSchedule(schedule))
            {
                yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidVolumeSetting,
                    $"The backup schedule '{schedule}' of '{app.Name}' is not a five-field cron expression; write e.g. '0 */6 * * *'.",
                    app.DeclaredAt);
            }
        }
    }

    private static bool IsPositiveQuantity(string text) =>
        ConstraintSyntax.IsKubernetesQuantity(text) && new ResourceQuantity(text).TryToDecimal(out var value) && value > 0;
}
