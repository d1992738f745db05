using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: mounting the same PVC root twice puts auth.json inside the git work tree. We emit one PVC with
/// disjoint subPaths (repo, home), and auth.json lives under home.
/// </summary>
public sealed class VolumeLayoutFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void There_is_exactly_one_persistent_volume(string ws)
    {
        var claims = Emitted.Values(ws).Persistence!
            .Where(p => p.Value is PersistenceItem.ExistingClaim or PersistenceItem.PersistentVolumeClaim)
            .ToList();
        var claim = Assert.Single(claims);
        Assert.Equal(ws, Assert.IsType<PersistenceItem.ExistingClaim>(claim.Value).ExistingClaimValue);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Every_mount_of_the_volume_has_a_non_empty_subPath_and_the_subPaths_are_disjoint(string ws)
    {
        var (claimId, claim) = Emitted.Values(ws).Persistence!.Single(p => p.Value is PersistenceItem.ExistingClaim);
        var mounts = Emitted.AdvancedMounts(claim)!.SelectMany(c => c.Value).SelectMany(c => c.Value.Select(m => (Container: c.Key, Mount: m))).ToList();
        Assert.NotEmpty(mounts);
        foreach (var (container, mount) in mounts)
        {
            Assert.False(string.IsNullOrWhiteSpace(mount.SubPath), $"{claimId} is mounted at its root in {container} ({mount.Path})");
        }

        var subPaths = mounts.Select(m => m.Mount.SubPath!.Trim('/')).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(subPaths.Count >= 2, "expected at least the work tree and home folders");
        foreach (var a in subPaths)
        {
            foreach (var b in subPaths.Where(b => b != a))
            {
                Assert.False(b.StartsWith(a + "/", StringComparison.Ordinal), $"subPath '{b}' is inside '{a}'");
            }
        }

        // Inside one container, one folder of the volume appears at one path only, and different folders at
        // paths that do not nest (a nested mount would hide or expose the other folder).
        foreach (var byContainer in mounts.GroupBy(m => m.Container))
        {
            var paths = byContainer.Select(m => m.Mount.Path!).ToList();
            Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
            foreach (var a in paths)
            {
                Assert.DoesNotContain(paths, b => b != a && PathUtil.IsUnder(b, a));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Auth_json_is_under_the_home_mount_and_not_under_the_work_tree(string ws)
    {
        var server = Emitted.Server(ws);
        var dataHome = Emitted.Literal(server, "XDG_DATA_HOME");
        var authFile = Emitted.Literal(Emitted.GitSync(ws), "AUTH_FILE");
        Assert.Equal(dataHome + "/opencode/auth.json", authFile);

        var worktree = Emitted.Literal(Emitted.GitSync(ws), "WORKTREE");
        Assert.False(PathUtil.IsUnder(authFile, worktree), $"{authFile} is inside the work tree {worktree}");

        foreach (var containerId in new[] { "app", "git-sync" })
        {
            var authMount = PathUtil.Covering(Emitted.Mounts(ws, containerId), authFile);
            var treeMount = PathUtil.Covering(Emitted.Mounts(ws, containerId), worktree);
            Assert.NotNull(authMount.Mount);
            Assert.NotNull(treeMount.Mount);
            Assert.IsType<PersistenceItem.ExistingClaim>(authMount.Volume);
            Assert.Equal("home", authMount.Mount!.SubPath);
            Assert.NotEqual(treeMount.Mount!.Path, authMount.Mount.Path);
            Assert.NotEqual(treeMount.Mount.SubPath, authMount.Mount.SubPath);
            Assert.NotEqual(true, authMount.Mount.ReadOnly);
        }
    }
}

internal static class PathUtil
{
    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>The mount that holds <paramref name="path"/> in a container (the longest mount path above it).</summary>
    public static (string? VolumeId, PersistenceItem? Volume, MountPoint? Mount) Covering(
        IEnumerable<(string VolumeId, PersistenceItem Volume, MountPoint Mount)> mounts, string path)
    {
        var best = mounts.Where(m => IsUnder(path, m.Mount.Path!)).OrderByDescending(m => m.Mount.Path!.Length).ToList();
        return best.Count == 0 ? (null, null, null) : (best[0].VolumeId, best[0].Volume, best[0].Mount);
    }
}
