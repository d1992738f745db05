using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// Issue #17's acceptance, the part that runs programs: on the tree README's <c>consumer-acceptance</c> block emits
/// when built against the packed package (see <see cref="AcceptanceConsumerTests"/>), each workspace's init container
/// runs in the pod sandbox (busybox sh and git as the pod's uid, its mounts and secret files, the clone URL redirected
/// to a local repository that demands the token) and the real OpenCode server, started with the emitted command and
/// env, answers 401 without and 200 with the password. The harnesses read the emitted YAML files only.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // POSIX modes, mount namespaces, setpriv: a Linux node
public sealed class AcceptanceConsumerPodTests
{
    /// <summary>README's two workspaces: the internal one (Anthropic, optional Copilot seed) and the public one.</summary>
    private const string Internal = "opencode-notes";
    private const string Public = "opencode-blog";

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public AcceptanceConsumerPodTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void The_tree_holds_exactly_the_workspaces_these_tests_run_on()
    {
        // A workspace added to README's block must be added to the theories below, or it would go unsimulated.
        Assert.Equal(new[] { Public, Internal }, Tree().WorkspaceNames());
    }

    [Theory]
    [InlineData(Internal)]
    [InlineData(Public)]
    public void The_init_container_clones_as_the_pod_runs_it(string workspace)
    {
        using var pod = new WorkspacePod(Tree(), workspace);
        var first = pod.RunGitSync();
        output.WriteLine($"first boot:\n{first}");
        AssertCloned(pod, first);

        // The internal workspace's optional Copilot seed (its own Secret, an optional secret volume) lands as auth.json.
        var seeded = File.Exists(pod.AuthFileOnHost);
        Assert.Equal(workspace == Internal, seeded);
        if (seeded)
        {
            Assert.Equal(pod.AuthSeed, File.ReadAllText(pod.AuthFileOnHost));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(pod.AuthFileOnHost));
        }

        var second = pod.RunGitSync();
        output.WriteLine($"second boot:\n{second}");
        Assert.True(second.ExitCode == 0, $"second boot failed:\n{second}");
        Assert.Contains("up to date", second.Stdout);
        Assert.Equal(pod.UpstreamHead(), pod.WorktreeHead());
    }

    [Fact]
    public void Without_the_optional_copilot_seed_in_the_store_the_init_container_still_clones()
    {
        // The store lacks COPILOT_AUTH_JSON: only the optional Secret stays unsynced; the kubelet mounts its volume empty.
        using var pod = new WorkspacePod(Tree(), Internal, withoutKeys: new[] { "COPILOT_AUTH_JSON" });
        Assert.Contains(pod.Pod.SecretVolumes().Values.Single(v => v.Optional).Items, i => i.Key == "COPILOT_AUTH_JSON");
        var run = pod.RunGitSync();
        output.WriteLine(run.ToString());
        AssertCloned(pod, run);
        Assert.False(File.Exists(pod.AuthFileOnHost), "auth.json was written without a seed");
    }

    [Theory]
    [InlineData(Internal)]
    [InlineData(Public)]
    public async Task The_real_server_requires_the_password(string workspace)
    {
        using var pod = new WorkspacePod(Tree(), workspace);
        OpenCodeServer.RequireAtImageVersion(pod.Pod, output.WriteLine);
        var init = pod.RunGitSync();
        Assert.True(init.ExitCode == 0, $"init container failed:\n{init}");

        var port = GitHttpServer.FreeLoopbackPort();
        var env = pod.Sandbox.Environment_(pod.Pod.Server, WorkspacePod.ServerPath);
        Assert.Equal(pod.Secrets["ANTHROPIC_API_KEY"], env["ANTHROPIC_API_KEY"]); // the Anthropic key reaches the server
        using var server = OpenCodeServer.Start(pod, port, env, output.WriteLine);
        using var http = new HttpClient { Timeout = OpenCodeServer.FirstRequestTimeout };
        output.WriteLine(await OpenCodeServer.UntilListening(server, port));

        var body = await OpenCodeServer.AssertPasswordRequiredAsync(http, port, OpenCodeServer.UserName(env), pod.Password, output.WriteLine);
        Assert.Equal(pod.Worktree, JsonNode.Parse(body)!["worktree"]!.GetValue<string>());
    }

    // ---- negative control ----

    [Fact]
    public void Negative_control_a_wrong_token_fails_the_consumers_clone()
    {
        using var pod = new WorkspacePod(Tree(), Public);
        File.WriteAllText(Path.Combine(pod.Sandbox.VolumeRoot("secrets"), "github-token"), "ghp_wrong");
        var run = pod.RunGitSync();
        output.WriteLine(run.ToString());
        Assert.NotEqual(0, run.ExitCode);
        Assert.False(Directory.Exists(pod.WorktreeOnHost));
    }

    private EmittedTree Tree() => AcceptanceConsumer.Tree(AcceptanceConsumer.Get(package, output.WriteLine));

    /// <summary>As GitSyncTests' first boot: cloned at upstream's head, through the token-checking server, no token left on a volume.</summary>
    private static void AssertCloned(WorkspacePod pod, ToolRun run)
    {
        Assert.True(run.ExitCode == 0, $"the init container failed:\n{run}");
        Assert.Equal(pod.UpstreamHead(), pod.WorktreeHead());
        Assert.Equal(pod.Pod.RunAsUser, PodSandbox.Owner(pod.WorktreeOnHost).Uid);
        Assert.True(pod.Server.AuthorizedRequests > 0, "git never sent the token: the clone did not go through the token-checking server");
        Assert.True(pod.Server.RejectedRequests > 0, "git sent credentials unasked: they were configured persistently, not by a helper on 401");
        var files = pod.FilesHoldingToken();
        Assert.True(files.Count == 0, "the token was written to the volumes:\n" + string.Join("\n", files));
    }
}
