using System.Text.RegularExpressions;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: fsGroup is applied before any init container runs; a root init container writes root-owned files the
/// server (uid 1000) cannot write. The init container runs as the pod's uid.
/// </summary>
public sealed class UserIdFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_pod_runs_as_1000_with_fsGroup_1000(string ws)
    {
        var pod = Emitted.Controller(ws).Pod!.SecurityContext!;
        Assert.Equal(1000, pod.RunAsUser!.Value.Value);
        Assert.Equal(1000, pod.FsGroup!.Value.Value);
        Assert.Equal(1000, pod.RunAsGroup!.Value.Value);
        Assert.True(pod.RunAsNonRoot!.Value.IsTrue);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void No_container_overrides_the_pod_uid(string ws)
    {
        foreach (var (id, container) in Emitted.AllContainers(ws))
        {
            var sc = container.SecurityContext;
            Assert.True(sc?.RunAsUser is null || sc.RunAsUser == 1000, $"{id} runs as {sc?.RunAsUser}");
            Assert.True(sc?.RunAsGroup is null || sc.RunAsGroup == 1000, $"{id} runs as group {sc?.RunAsGroup}");
            Assert.NotEqual(false, sc?.RunAsNonRoot);
            Assert.Equal(false, sc?.AllowPrivilegeEscalation);
        }
    }

    [Fact]
    public void No_emitted_file_runs_anything_as_root()
    {
        foreach (var file in Emitted.Emission.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content.Span);
            Assert.DoesNotMatch(new Regex(@"runAs(User|Group): *""?0""?\s*$", RegexOptions.Multiline), text);
            Assert.DoesNotMatch(new Regex(@"runAsNonRoot: *false"), text);
        }
    }
}
