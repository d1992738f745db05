using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2060: a container the Pod Security level of its namespace refuses (the level the emitted namespace enforces,
/// <see cref="ClusterConventions.PodSecurity"/>). The API server refuses the whole pod, so the Deployment never
/// gets a replica. Judged as the admission controller does, on the final values: a container setting wins over
/// the pod's. Follows the Kubernetes Pod Security Standards; what the chart's values cannot express (host
/// namespaces, host ports, sysctls, AppArmor, SELinux) is not judged here.
/// </summary>
public sealed class PodSecurityRule : IValidationRule
{
    // Baseline lets a container add these and nothing else; restricted only the first.
    private static readonly HashSet<string> BaselineCapabilities = new(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
        "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        var level = context.Conventions.PodSecurity;
        if (level == PodSecurityLevel.Privileged)
        {
            yield break;
        }

        var levelName = PodSecurityLabels.Value(level);
        foreach (var app in context.Apps)
        {
            var workload = app.Release?.Workload;
            if (workload is null)
            {
                continue;
            }

            foreach (var volume in workload.Volumes)
            {
                if (VolumeRefusal(volume.Kind, level) is { } why)
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.PodSecurityRefused,
                        $"Volume '{volume.Id}' of '{app.Name}' is {why}; namespace '{app.Namespace}' enforces Pod Security '{levelName}' and refuses every pod that mounts it.",
                        app.LocateValue(volume.Path));
                }
            }

            foreach (var controller in workload.Controllers)
            {
                foreach (var container in controller.Containers)
                {
                    var reasons = ContainerRefusals(container.SecurityContext, controller.PodSecurity, level).ToList();
                    if (reasons.Count > 0)
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.PodSecurityRefused,
                            $"Container '{container.Id}' of controller '{controller.Id}' would be refused: namespace '{app.Namespace}' enforces Pod Security '{levelName}', and {string.Join("; ", reasons)}.",
                            app.LocateValue(container.Path.Key("securityContext")));
                    }
                }
            }
        }
    }

    /// <summary>Why the level refuses a container with these settings (nothing when it admits it).</summary>
    public static IEnumerable<string> ContainerRefusals(V1SecurityContext? container, V1PodSecurityContext? pod, PodSecurityLevel level)
    {
        if (level == PodSecurityLevel.Privileged)
        {
            yield break;
        }

        if (container?.Privileged == true)
        {
            yield return "it is privileged (set securityContext.privileged to false)";
        }

        var added = container?.Capabilities?.Add ?? new List<string>();
        var allowedAdds = level == PodSecurityLevel.Restricted ? new HashSet<string>(StringComparer.Ordinal) { "NET_BIND_SERVICE" } : BaselineCapabilities;
        foreach (var capability in added.Where(c => !allowedAdds.Contains(c)))
        {
            yield return $"it adds capability {capability}";
        }

        if (container?.ProcMount is { } procMount && procMount != "Default")
        {
            yield return $"its procMount is {procMount} (only Default is admitted)";
        }

        var seccomp = container?.SeccompProfile?.Type ?? pod?.SeccompProfile?.Type;
        if (container?.SeccompProfile?.Type == "Unconfined" || pod?.SeccompProfile?.Type == "Unconfined")
        {
            yield return "its seccomp profile is Unconfined";
        }

        if (container?.AppArmorProfile?.Type == "Unconfined" || pod?.AppArmorProfile?.Type == "Unconfined")
        {
            yield return "its AppArmor profile is Unconfined";
        }

        if (level != PodSecurityLevel.Restricted)
        {
            yield break;
        }

        if (container?.AllowPrivilegeEscalation != false)
        {
            yield return "it does not set allowPrivilegeEscalation: false";
        }

        if ((container?.RunAsNonRoot ?? pod?.RunAsNonRoot) != true)
        {
            yield return "it does not set runAsNonRoot: true (on the container or the pod)";
        }

        if (container?.RunAsUser == 0 || (container?.RunAsUser is null && pod?.RunAsUser == 0))
        {
            yield return "it runs as uid 0";
        }

        if (seccomp is not ("RuntimeDefault" or "Localhost"))
        {
            yield return "it has no seccomp profile RuntimeDefault or Localhost (set the pod's securityContext.seccompProfile.type: RuntimeDefault)";
        }

        if (container?.Capabilities?.Drop?.Contains("ALL") != true)
        {
            yield return "it does not drop every capability (capabilities.drop: [ALL])";
        }
    }

    /// <summary>Why the level refuses a pod with this kind of volume, or null when it admits it.</summary>
    public static string? VolumeRefusal(WorkloadVolumeKind kind, PodSecurityLevel level) => (kind, level) switch
    {
        (WorkloadVolumeKind.HostPath, PodSecurityLevel.Baseline or PodSecurityLevel.Restricted) => "a hostPath volume",
        (WorkloadVolumeKind.Nfs, PodSecurityLevel.Restricted) => "an NFS volume (restricted admits configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes)",
        (WorkloadVolumeKind.Image, PodSecurityLevel.Restricted) => "an image volume (restricted admits configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes)",
        _ => null,
    };
}
