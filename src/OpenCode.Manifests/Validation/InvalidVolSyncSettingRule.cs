using System.Collections.Generic;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2025: the volume's capacity must be a positive Kubernetes quantity and the backup schedule a cron
/// expression. Both reach the cluster only as Flux substitutions into the VolSync template, so a wrong value
/// surfaces as a PVC or ReplicationSource the API server rejects long after the merge.
/// </summary>
public sealed class InvalidVolSyncSettingRule : IValidationRule
{
    /// <summary>The substitution holding the volume's size.</summary>
    public const string CapacityVariable = "VOLSYNC_CAPACITY";

    /// <summary>The substitution holding the backup schedule.</summary>
    public const string ScheduleVariable = "VOLSYNC_SCHEDULE";

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (!app.UsesVolSync)
            {
                continue;
            }

            if (app.Substitutions.TryGetValue(CapacityVariable, out var capacity) && !IsPositiveQuantity(capacity))
            {
                yield return new ManifestDiagnostic("OCM2025", DiagnosticSeverity.Error,
                    $"The capacity '{capacity}' of '{app.Name}' is not a positive Kubernetes quantity; write e.g. '10Gi'.",
                    app.DeclaredAt);
            }

            if (app.Substitutions.TryGetValue(ScheduleVariable, out var schedule) && !ConstraintSyntax.IsCronSchedule(schedule))
            {
                yield return new ManifestDiagnostic("OCM2025", DiagnosticSeverity.Error,
                    $"The backup schedule '{schedule}' of '{app.Name}' is not a five-field cron expression; write e.g. '0 */6 * * *'.",
                    app.DeclaredAt);
            }
        }
    }

    private static bool IsPositiveQuantity(string text)
    {
        if (!ConstraintSyntax.IsKubernetesQuantity(text))
        {
            return false;
        }

        try
        {
            return new Kubernetes.ResourceQuantity(text).ToDecimal() > 0;
        }
        catch (System.Exception e) when (e is System.FormatException or System.ArgumentException or System.OverflowException)
        {
            return false;
        }
    }
}
