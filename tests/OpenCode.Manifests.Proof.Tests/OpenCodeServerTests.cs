using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue item 1: the real OpenCode server (npm opencode-ai at the image's version), started with exactly the
/// emitted command and env in the emitted pod's sandbox (after the init container ran), answers 401 without and
/// 200 with the Basic credentials, and resolves its data dir (auth.json) onto the PVC, outside the work tree.
/// Only the listen address and port are rewritten: 127.0.0.1 and a free port (this machine serves loopback only).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class OpenCodeServerTests
{
    private readonly ITestOutputHelper output;

    public OpenCodeServerTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Workspaces => SeedTree.Workspaces;

    public static TheoryData<string> OtherClusterWorkspaces => OtherClusterTree.Workspaces;

    [Theory]
    [MemberData(nameof(Workspaces))]
    public Task The_emitted_server_requires_the_password_and_keeps_its_data_on_the_pvc(string workspace) =>
        PasswordAndDataOnThePvc(SeedTree.Tree, workspace);

    /// <summary>Issue #17 item 6: the same proof on a workspace of another cluster (1Password, plain claim, internal gateway, Anthropic).</summary>
    [Theory]
    [MemberData(nameof(OtherClusterWorkspaces))]
    public Task Another_clusters_server_requires_the_password_and_keeps_its_data_on_the_pvc(string workspace)
    {
        Assert.True(Directory.Exists(OtherClusterTree.NamespaceFolder));
        return PasswordAndDataOnThePvc(OtherClusterTree.Tree, workspace);
    }

    /// <summary>Issue #12: the same proof on that cluster's workspace emitted for app-template 5.1.0.</summary>
    [Theory]
    [MemberData(nameof(OtherClusterWorkspaces))]
    public Task Another_clusters_5x_workspace_server_requires_the_password_and_keeps_its_data_on_the_pvc(string workspace)
    {
        Assert.True(Directory.Exists(OtherClusterTree.NamespaceFolder5));
        return PasswordAndDataOnThePvc(OtherClusterTree.Tree5, workspace);
    }

    // ---- negative control ----

    [Fact]
    public async Task Negative_control_without_the_password_variable_the_server_is_open()
    {
        using var pod = new WorkspacePod(SeedTree.Tree, SeedTree.Tree.WorkspaceNames()[0]);
        OpenCodeServer.RequireAtImageVersion(pod.Pod, output.WriteLine);
        Assert.True(pod.RunGitSync().ExitCode == 0);
        var port = GitHttpServer.FreeLoopbackPort();
        var env = pod.Sandbox.Environment_(pod.Pod.Server, WorkspacePod.ServerPath);
        env.Remove("OPENCODE_SERVER_PASSWORD");
        env["OPENCODE_PASSWORD"] = pod.Password; // the seed's variable, which 1.x ignores
        using var server = OpenCodeServer.Start(pod, port, env, output.WriteLine);
        using var http = new HttpClient { Timeout = OpenCodeServer.FirstRequestTimeout };
        output.WriteLine(await OpenCodeServer.UntilListening(server, port));
        var anonymous = await http.GetAsync($"http://127.0.0.1:{port}/path");
        output.WriteLine($"anonymous GET /path → {(int)anonymous.StatusCode}");
        Assert.NotEqual(HttpStatusCode.Unauthorized, anonymous.StatusCode); // the 401 oracle would reject this pod
    }

    private async Task PasswordAndDataOnThePvc(EmittedTree tree, string workspace)
    {
        using var pod = new WorkspacePod(tree, workspace);
        OpenCodeServer.RequireAtImageVersion(pod.Pod, output.WriteLine);
        var init = pod.RunGitSync();
        Assert.True(init.ExitCode == 0, $"init container failed:\n{init}");

        var port = GitHttpServer.FreeLoopbackPort();
        var env = pod.Sandbox.Environment_(pod.Pod.Server, WorkspacePod.ServerPath);
        using var server = OpenCodeServer.Start(pod, port, env, output.WriteLine);
        using var http = new HttpClient { Timeout = OpenCodeServer.FirstRequestTimeout };
        output.WriteLine(await OpenCodeServer.UntilListening(server, port));

        var body = await OpenCodeServer.AssertPasswordRequiredAsync(http, port, OpenCodeServer.UserName(env), pod.Password, output.WriteLine);
        var paths = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(pod.Worktree, paths["worktree"]!.GetValue<string>());
        foreach (var key in new[] { "home", "state", "config" })
        {
            AssertOnPvcOutsideWorktree(pod, key, paths[key]!.GetValue<string>());
        }

        // The data dir (auth.json's folder) is not in /path: ask the same binary with the same env.
        var debug = pod.Sandbox.Run(pod.Pod.Server, new[] { "opencode", "debug", "paths" }, env, busyboxImage: false, pod.ServerImageFiles());
        output.WriteLine(debug.ToString());
        var data = debug.Stdout.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("data ", StringComparison.Ordinal))[5..].Trim();
        AssertOnPvcOutsideWorktree(pod, "data", data);
        Assert.Equal(pod.AuthFile, data + "/auth.json");

        // And OpenCode reads the auth.json the init container seeded there.
        var auth = pod.Sandbox.Run(pod.Pod.Server, new[] { "opencode", "auth", "list" }, env, busyboxImage: false, pod.ServerImageFiles());
        output.WriteLine(auth.ToString());
        Assert.Contains("1 credentials", auth.Stdout);
    }

    private void AssertOnPvcOutsideWorktree(WorkspacePod pod, string what, string containerPath)
    {
        var mount = PodSandbox.MountOf(pod.Pod.Server, containerPath);
        Assert.True(mount is not null, $"{what} dir {containerPath} is on no mount: the container's ephemeral layer");
        var claim = pod.Pod.Values["persistence"]![mount!.VolumeId]!["existingClaim"]?.GetValue<string>();
        Assert.True(claim is not null, $"{what} dir {containerPath} is on volume {mount.VolumeId} ({mount.VolumeType}), not on the PVC");
        Assert.False(containerPath == pod.Worktree || containerPath.StartsWith(pod.Worktree + "/", StringComparison.Ordinal), $"{what} dir {containerPath} is inside the git work tree {pod.Worktree}");
        output.WriteLine($"{what}: {containerPath} on PVC {claim} (subPath {mount.SubPath})");
    }
}
