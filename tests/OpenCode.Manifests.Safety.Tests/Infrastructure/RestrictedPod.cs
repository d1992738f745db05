using System.Collections.Generic;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// A controller with one container that Pod Security 'restricted' admits (the seed conventions enforce it, OCM2060),
/// so a test app reports only the mistake it is about.
/// </summary>
internal static class RestrictedPod
{
    /// <summary>Sets the pod's and the container's security contexts to what 'restricted' asks for.</summary>
    public static ContainerHandle Admitted(this ContainerHandle container)
    {
        container.Controller.Pod = new PodOptions
        {
            SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, RunAsUser = 1000, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
        };
        container.SecurityContext = new V1SecurityContext
        {
            AllowPrivilegeEscalation = false,
            Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } },
        };
        return container;
    }
}
