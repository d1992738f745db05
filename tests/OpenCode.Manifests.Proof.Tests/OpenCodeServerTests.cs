using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
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

    public static TheoryData<string> Workspaces => EmittedTree.Workspaces;

    public static TheoryData<string> OtherClusterWorkspaces => OtherClusterTree.Workspaces;

    /// <summary>
    /// The server prints its address before it has warmed up: its first request (project and instance bootstrap)
    /// took over 10 s on a loaded 2-core machine. A request timeout, not a wait: the test goes on as soon as it answers.
    /// </summary>
    private static readonly TimeSpan FirstRequestTimeout = TimeSpan.FromSeconds(90);

    private static string Binary => Path.Combine(Repo.OpenCodeNpmPrefix, "node_modules", ".bin", "opencode");

    [Theory]
    [MemberData(nameof(Workspaces))]
    public async Task The_emitted_server_requires_the_password_and_keeps_its_data_on_the_pvc(string workspace)
    {
        using var pod = new WorkspacePod(workspace);
        RequireOpenCodeAtImageVersion(pod.Pod);
        var init = pod.RunGitSync();
        Assert.True(init.ExitCode == 0, $"init container failed:\n{init}");

        var port = GitHttpServer.FreeLoopbackPort();
        var env = pod.Sandbox.Environment_(pod.Pod.Server, WorkspacePod.ServerPath);
        using var server = Start(pod, port, env);
        using var http = new HttpClient { Timeout = FirstRequestTimeout };
        await UntilListening(server, port);

        var anonymous = await http.GetAsync($"http://127.0.0.1:{port}/path");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var user = env.TryGetValue("OPENCODE_SERVER_USERNAME", out var u) ? u : "opencode";
        var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/path");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{pod.Password}")));
        var authorized = await http.SendAsync(request);
        var body = await authorized.Content.ReadAsStringAsync();
        output.WriteLine($"GET /path → {(int)authorized.StatusCode} {body}");
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
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

    // ---- negative control ----

    /// <summary>Issue #17 item 6: the same proof on a workspace of another cluster (1Password, plain claim, internal gateway, Anthropic).</summary>
    [Theory]
    [MemberData(nameof(OtherClusterWorkspaces))]
    public Task Another_clusters_server_requires_the_password_and_keeps_its_data_on_the_pvc(string workspace)
    {
        Assert.True(Directory.Exists(OtherClusterTree.NamespaceFolder));
        return The_emitted_server_requires_the_password_and_keeps_its_data_on_the_pvc(workspace);
    }

    [Fact]
    public async Task Negative_control_without_the_password_variable_the_server_is_open()
    {
        using var pod = new WorkspacePod(EmittedTree.WorkspaceNames()[0]);
        RequireOpenCodeAtImageVersion(pod.Pod);
        Assert.True(pod.RunGitSync().ExitCode == 0);
        var port = GitHttpServer.FreeLoopbackPort();
        var env = pod.Sandbox.Environment_(pod.Pod.Server, WorkspacePod.ServerPath);
        env.Remove("OPENCODE_SERVER_PASSWORD");
        env["OPENCODE_PASSWORD"] = pod.Password; // the seed's variable, which 1.x ignores
        using var server = Start(pod, port, env);
        using var http = new HttpClient { Timeout = FirstRequestTimeout };
        await UntilListening(server, port);
        var anonymous = await http.GetAsync($"http://127.0.0.1:{port}/path");
        output.WriteLine($"anonymous GET /path → {(int)anonymous.StatusCode}");
        Assert.NotEqual(HttpStatusCode.Unauthorized, anonymous.StatusCode); // the 401 oracle would reject this pod
    }

    private void RequireOpenCodeAtImageVersion(EmittedPod pod)
    {
        var image = EmittedPod.Image(pod.Server);
        var tag = image[(image.LastIndexOf(':') + 1)..];
        if (!File.Exists(Binary))
        {
            Assert.Fail($"opencode is not installed at {Binary}; install it with: npm install --prefix artifacts/opencode-ai opencode-ai@{tag} (.ci/run does)");
        }

        var version = Tools.Version(Binary, "--version");
        output.WriteLine(version);
        Assert.True(version.EndsWith(" " + tag, StringComparison.Ordinal), $"the installed opencode ({version}) is not the image's version {tag} ({image})");
    }

    private RunningProgram Start(WorkspacePod pod, int port, IReadOnlyDictionary<string, string> env)
    {
        var command = pod.Pod.Server.Command.ToList();
        var portAt = command.IndexOf("--port");
        var hostAt = command.IndexOf("--hostname");
        Assert.True(portAt >= 0 && hostAt >= 0, "the server command has no --port/--hostname: " + string.Join(' ', command));
        command[portAt + 1] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command[hostAt + 1] = "127.0.0.1";
        output.WriteLine("server: " + string.Join(' ', command));
        return pod.StartServer(port, command, env);
    }

    /// <summary>
    /// The server prints its address once it accepts connections ("Web interface: http://HOST:PORT/" for
    /// <c>opencode web</c>, "opencode server listening on http://HOST:PORT" for <c>opencode serve</c>).
    /// </summary>
    private async Task UntilListening(RunningProgram server, int port)
    {
        var line = await server.WaitForLineAsync(l => l.Contains($"http://127.0.0.1:{port}", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        output.WriteLine(line);
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
