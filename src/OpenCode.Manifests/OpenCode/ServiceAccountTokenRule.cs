using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Validation;

namespace OpenCode.Manifests;

/// <summary>
/// OCM2072 (OpenCode workspaces): the workspace's pod mounts a ServiceAccount token. The agent runs any shell command
/// the model asks for, and needs no Kubernetes API; a token in the pod hands whoever steers the agent the API as that
/// ServiceAccount (and whatever a RoleBinding grants it later). On app-template 5.x the workspace writes
/// <c>automountServiceAccountToken: false</c>; the rule reports an escape hatch that turns it back on, and any explicit
/// <c>true</c> on 4.x. A 4.x workspace that says nothing keeps the 4.x chart's behaviour (the token is mounted by
/// Kubernetes' default): its tree is not changed behind its back; moving it to 5.x closes that.
/// </summary>
public sealed class ServiceAccountTokenRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var controller in app.Release?.Workload.Controllers ?? new List<Graph.WorkloadController>())
            {
                if (controller.ServiceAccountToken is { Mounted: true, Path: { } path })
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.WorkspaceServiceAccountToken,
                        $"Controller '{controller.Id}' of {app.Kind} '{app.Name}' mounts its ServiceAccount token (automountServiceAccountToken at '{path}' is not false): the agent runs any shell command and needs no Kubernetes API, so the token only hands the API to whoever steers it. Leave automountServiceAccountToken unset on app-template 5.x (the workspace writes false), or set it to false.",
                        app.LocateValue(path));
                }
            }
        }
    }
}
