using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2035: a container whose effective <c>runAsUser</c> is 0 while its effective <c>runAsNonRoot</c> is true
/// (container settings override the pod's). The kubelet refuses to start it ("container's runAsUser breaks
/// non-root policy"), so the pod never runs.
/// </summary>
public sealed class RootUserWithRunAsNonRootRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var controller in app.Release?.Workload.Controllers ?? new List<WorkloadController>())
            {
                var pod = controller.PodSecurity;
                foreach (var container in controller.Containers)
                {
                    var own = container.SecurityContext;
                    var nonRoot = own?.RunAsNonRoot ?? pod?.RunAsNonRoot;
                    var user = own?.RunAsUser ?? pod?.RunAsUser;
                    if (nonRoot == true && user == 0)
                    {
                        var userPath = own?.RunAsUser is not null
                            ? container.Path.Key("securityContext").Key("runAsUser")
                            : controller.Path.Key("pod").Key("securityContext").Key("runAsUser");
                        yield return new ManifestDiagnostic(DiagnosticCatalog.RootUserWithRunAsNonRoot,
                            $"Container '{container.Id}' of controller '{controller.Id}' runs as uid 0 (root) but runAsNonRoot is true: the kubelet refuses to start it. Run it as an unprivileged uid (e.g. 1000).",
                            app.LocateValue(userPath));
                    }
                }
            }
        }
    }
}
