using System;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: the image runs as root with HOME=/root; uid 1000 cannot write /root/.cache or /root/.config. We set
/// HOME and XDG_* explicitly, on writable mounts (the root filesystem is read-only).
/// </summary>
public sealed class HomeAndXdgFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_server_has_HOME_and_every_XDG_folder_on_a_writable_mount(string ws)
    {
        var server = Emitted.Server(ws);
        foreach (var variable in new[] { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" })
        {
            var path = Emitted.Literal(server, variable);
            AssertWritable(ws, "app", variable, path);
        }

        var home = Emitted.Literal(server, "HOME");
        foreach (var variable in new[] { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" })
        {
            Assert.True(PathUtil.IsUnder(Emitted.Literal(server, variable), home), $"{variable} is not under HOME");
        }

        Assert.True(server.SecurityContext?.ReadOnlyRootFilesystem == true, "the check above assumes a read-only root filesystem");
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Git_sync_has_HOME_on_a_writable_mount(string ws)
    {
        AssertWritable(ws, "git-sync", "HOME", Emitted.Literal(Emitted.GitSync(ws), "HOME"));
        Assert.Equal(Emitted.Literal(Emitted.Server(ws), "HOME"), Emitted.Literal(Emitted.GitSync(ws), "HOME"));
    }

    private static void AssertWritable(string ws, string containerId, string variable, string path)
    {
        Assert.StartsWith("/", path, StringComparison.Ordinal);
        Assert.False(PathUtil.IsUnder(path, "/root"), $"{containerId}: {variable}={path} is under /root");
        var (volumeId, _, mount) = PathUtil.Covering(Emitted.Mounts(ws, containerId), path);
        Assert.True(mount is not null, $"{containerId}: {variable}={path} is on no mount (read-only root filesystem)");
        Assert.True(mount!.ReadOnly != true, $"{containerId}: {variable}={path} is on the read-only mount of '{volumeId}'");
    }
}
