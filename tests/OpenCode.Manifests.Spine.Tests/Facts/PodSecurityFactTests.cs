using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: a namespace enforcing Pod Security "restricted" refuses a container without a RuntimeDefault or
/// Localhost seccomp profile. The pod sets RuntimeDefault once for every container, and the namespace we emit
/// enforces restricted.
/// </summary>
public sealed class PodSecurityFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_pod_runs_under_the_runtime_default_seccomp_profile(string ws)
    {
        var pod = Emitted.Controller(ws).Pod!.SecurityContext!;
        Assert.Equal("RuntimeDefault", pod.SeccompProfile!.Type);
        foreach (var (id, container) in Emitted.AllContainers(ws))
        {
            // No container weakens it.
            Assert.True(container.SecurityContext?.SeccompProfile is null, $"{id} sets its own seccomp profile");
        }
    }

    [Fact]
    public void The_namespace_enforces_restricted()
    {
        var doc = Yaml.Documents(Emitted.Text("kubernetes/apps/opencode/namespace.yaml"))[0];
        Assert.Equal("restricted", Yaml.Scalar(doc, "metadata", "labels", "pod-security.kubernetes.io/enforce").Value);
    }
}
