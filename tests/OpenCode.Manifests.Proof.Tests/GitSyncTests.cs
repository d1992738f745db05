using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue item 2: the init container's script, run as the pod runs it (busybox sh, git, the pod's uid/gid and
/// fsGroup, every mount at its path and subPath, secret files with the emitted mode, no network, the clone URL
/// redirected to a local repository that demands the token), through first boot, later boots and a dirty tree;
/// the server container can then use the work tree; no token lands anywhere on the volumes.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class GitSyncTests
{
    private readonly ITestOutputHelper output;

    public GitSyncTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Workspaces => SeedTree.Workspaces;

    public static TheoryData<string> OtherClusterWorkspaces => OtherClusterTree.Workspaces;

    /// <summary>Issue #17 item 6: the same lifecycle on a workspace of another cluster (1Password, plain claim, internal gateway).</summary>
    [Theory]
    [MemberData(nameof(OtherClusterWorkspaces))]
    public void Another_clusters_init_container_lifecycle(string workspace)
    {
        Assert.True(Directory.Exists(OtherClusterTree.NamespaceFolder));
        Lifecycle(OtherClusterTree.Tree, workspace);
    }

    /// <summary>Issue #12: the same proof on that cluster's workspace emitted for app-template 5.1.0.</summary>
    [Theory]
    [MemberData(nameof(OtherClusterWorkspaces))]
    public void Another_clusters_5x_workspace_init_container_lifecycle(string workspace)
    {
        Assert.True(Directory.Exists(OtherClusterTree.NamespaceFolder5));
        Lifecycle(OtherClusterTree.Tree5, workspace);
    }

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void Init_container_lifecycle_as_the_pod_runs_it(string workspace) => Lifecycle(SeedTree.Tree, workspace);

    private void Lifecycle(EmittedTree tree, string workspace)
    {
        using var pod = new WorkspacePod(tree, workspace);
        output.WriteLine(Tools.Version(pod.Git, "--version"));
        output.WriteLine(Tools.Version(pod.Sandbox.Busybox));
        Assert.Equal(new[] { "/bin/sh", "-c" }, pod.Pod.GitSync.Command.Take(2));
        Assert.Equal(File.ReadAllText(Repo.GitSyncScript).Replace("\r\n", "\n"), pod.Pod.GitSync.Command[2]);

        // First boot: a fresh volume whose root holds lost+found.
        var watch = Stopwatch.StartNew();
        var first = pod.RunGitSync();
        output.WriteLine($"first boot ({watch.ElapsedMilliseconds} ms):\n{first}");
        Assert.True(first.ExitCode == 0, $"first boot failed:\n{first}");
        Assert.Equal(pod.UpstreamHead(), pod.WorktreeHead());
        Assert.True(Directory.Exists(Path.Combine(pod.Sandbox.VolumeRoot("data"), "lost+found")), "lost+found was touched");
        Assert.Equal(pod.Pod.RunAsUser, PodSandbox.Owner(pod.WorktreeOnHost).Uid);
        Assert.True(pod.Server.AuthorizedRequests > 0, "git never sent the token: the clone did not go through the token-checking server");
        Assert.True(pod.Server.RejectedRequests > 0, "git sent credentials unasked: they were configured persistently, not by a helper on 401");
        AssertNoTokenOnVolumes(pod);
        AssertAuthJsonSeeded(pod);

        // Second boot, nothing changed upstream: idempotent.
        watch.Restart();
        var second = pod.RunGitSync();
        output.WriteLine($"second boot ({watch.ElapsedMilliseconds} ms):\n{second}");
        Assert.True(second.ExitCode == 0, $"second boot failed:\n{second}");
        Assert.Contains("up to date", second.Stdout);
        Assert.Equal(pod.UpstreamHead(), pod.WorktreeHead());
        AssertNoTokenOnVolumes(pod);

        // Upstream moves on and the tree is clean: fast-forward.
        var upstream = pod.PushUpstreamCommit("next.txt", "next\n");
        var third = pod.RunGitSync();
        output.WriteLine($"third boot:\n{third}");
        Assert.True(third.ExitCode == 0, $"third boot failed:\n{third}");
        Assert.Equal(upstream, pod.WorktreeHead());
        AssertNoTokenOnVolumes(pod);

        // OpenCode refreshed its tokens: an existing auth.json is never overwritten.
        var refreshed = "{\"github-copilot\":{\"type\":\"oauth\",\"refresh\":\"ghu_refreshed\"}}";
        File.WriteAllText(pod.AuthFileOnHost, refreshed);

        // The server container (its uid, mounts, env, working directory) can use the work tree.
        var server = pod.RunInServer("git status --porcelain && echo from-the-agent > agent-note.txt && git status --porcelain");
        output.WriteLine($"server container:\n{server}");
        Assert.True(server.ExitCode == 0, $"the server container cannot use the work tree:\n{server}");
        Assert.Contains("agent-note.txt", server.Stdout);
        Assert.Equal(pod.Pod.RunAsUser, PodSandbox.Owner(Path.Combine(pod.WorktreeOnHost, "agent-note.txt")).Uid);

        // Upstream moves again, but the tree is dirty: left untouched.
        var dirtyHead = pod.WorktreeHead();
        pod.PushUpstreamCommit("after.txt", "after\n");
        var fourth = pod.RunGitSync();
        output.WriteLine($"dirty boot:\n{fourth}");
        Assert.True(fourth.ExitCode == 0, $"dirty boot failed:\n{fourth}");
        Assert.Contains("local changes", fourth.Stdout);
        Assert.Equal(dirtyHead, pod.WorktreeHead());
        Assert.Equal("from-the-agent\n", File.ReadAllText(Path.Combine(pod.WorktreeOnHost, "agent-note.txt")));
        Assert.Equal(refreshed, File.ReadAllText(pod.AuthFileOnHost));
        AssertNoTokenOnVolumes(pod);
    }

    [Fact]
    public void The_secret_files_have_the_emitted_mode_and_the_pod_can_read_them()
    {
        using var pod = new WorkspacePod(SeedTree.Tree, SeedTree.Tree.WorkspaceNames()[0]);
        var secret = pod.Pod.SecretVolumes().Values.Single();
        Assert.Equal(256, secret.DefaultMode); // 0400, emitted as decimal
        var run = pod.RunGitSync(command: new[] { "/bin/sh", "-c", "id -u; id -G; ls -ln /var/run/secrets/opencode; cat \"$GIT_TOKEN_FILE\" >/dev/null && echo readable; touch /proof 2>/dev/null || echo root-read-only" });
        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"{pod.Pod.RunAsUser}\n", run.Stdout);
        Assert.Contains("-r--r----- ", run.Stdout);
        Assert.Contains("readable", run.Stdout);
        Assert.Contains("root-read-only", run.Stdout);
    }

    // ---- negative controls ----

    [Fact]
    public void Negative_control_a_token_in_the_clone_url_is_found_on_the_volume()
    {
        var workspace = SeedTree.Tree.WorkspaceNames()[0];
        // The seed's way: the token in the clone URL (redirected, with the same userinfo, to the local server).
        using var broken = new WorkspacePodWithTokenUrl(workspace);
        var run = broken.Pod.RunGitSync(new Dictionary<string, string> { ["GIT_REPOSITORY_URL"] = broken.TokenUrl });
        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = broken.Pod.FilesHoldingToken();
        output.WriteLine(string.Join("\n", files));
        Assert.Contains(files, f => f.EndsWith("/.git/config", StringComparison.Ordinal));
    }

    [Fact]
    public void Negative_control_a_wrong_token_fails_the_clone()
    {
        using var pod = new WorkspacePod(SeedTree.Tree, SeedTree.Tree.WorkspaceNames()[0]);
        File.WriteAllText(Path.Combine(pod.Sandbox.VolumeRoot("secrets"), "github-token"), "ghp_wrong");
        var run = pod.RunGitSync();
        output.WriteLine(run.ToString());
        Assert.NotEqual(0, run.ExitCode);
        Assert.False(Directory.Exists(pod.WorktreeOnHost));
    }

    [Fact]
    public void Negative_control_a_copied_seed_is_not_mode_0600()
    {
        // The seed's `cp` of the secret: the oracle (mode 0600) must reject what it produces.
        using var pod = new WorkspacePod(SeedTree.Tree, SeedTree.Tree.WorkspaceNames()[0]);
        var run = pod.RunGitSync(command: new[] { "/bin/sh", "-c", "mkdir -p \"$(dirname \"$AUTH_FILE\")\" && cp \"$AUTH_SEED_FILE\" \"$AUTH_FILE\"" });
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(pod.AuthFileOnHost));
    }

    private void AssertNoTokenOnVolumes(WorkspacePod pod)
    {
        var files = pod.FilesHoldingToken();
        Assert.True(files.Count == 0, "the token was written to the volumes:\n" + string.Join("\n", files));
    }

    private static void AssertAuthJsonSeeded(WorkspacePod pod)
    {
        var file = pod.AuthFileOnHost;
        Assert.True(File.Exists(file), $"auth.json was not seeded at {pod.AuthFile}");
        Assert.Equal(pod.AuthSeed, File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(pod.Pod.RunAsUser, PodSandbox.Owner(file).Uid);
        Assert.False(pod.AuthFile.StartsWith(pod.Worktree + "/", StringComparison.Ordinal), "auth.json is inside the git work tree");
        var mount = PodSandbox.MountOf(pod.Pod.GitSync, pod.AuthFile)!;
        Assert.Equal("existingClaim", mount.VolumeType);
    }
}

/// <summary>A workspace pod whose clone URL carries the token, redirected to the same local server.</summary>
internal sealed class WorkspacePodWithTokenUrl : IDisposable
{
    public WorkspacePodWithTokenUrl(string workspace)
    {
        Pod = new WorkspacePod(SeedTree.Tree, workspace);
        TokenUrl = Pod.CloneUrl.Replace("https://", "https://x-access-token:" + Pod.Token + "@", StringComparison.Ordinal);
        var config = Path.Combine(Pod.ImageFiles[0].Host, "gitconfig");
        var target = Pod.Server.BaseUrl.Replace("http://", "http://x-access-token:" + Pod.Token + "@", StringComparison.Ordinal)
            + new Uri(Pod.CloneUrl).AbsolutePath.TrimStart('/');
        File.AppendAllText(config, $"[url \"{target}\"]\n\tinsteadOf = {TokenUrl}\n");
    }

    public WorkspacePod Pod { get; }

    public string TokenUrl { get; }

    public void Dispose() => Pod.Dispose();
}
