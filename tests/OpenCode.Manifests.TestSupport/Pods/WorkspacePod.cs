using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// One emitted workspace's pod on this machine: test secrets for every key the ExternalSecret produces, the
/// workspace's repository as a local bare repository served over loopback HTTP (token required), git's
/// <c>url.&lt;base&gt;.insteadOf</c> in a harness system gitconfig so the emitted clone URL reaches it unchanged,
/// and the sandbox that runs the init container and the server container.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // POSIX modes, mount namespaces, setpriv: a Linux node
public sealed class WorkspacePod : IDisposable
{
    /// <summary>The Alpine image's PATH, with busybox's applets (its /bin) ahead of this machine's /usr/bin.</summary>
    public const string AlpineGitPath = "/bin:/usr/bin";

    public const string ServerPath = "/opt/opencode-ai/node_modules/.bin:/usr/local/bin:/usr/bin:/bin";

    private readonly TempFolder temp = new("ocm-workspace");

    /// <param name="tree">The emitted tree holding the workspace.</param>
    /// <param name="workspace">The workspace's folder name.</param>
    /// <param name="withoutKeys">Keys the store lacks (optional providers'): no test secret is made for them.</param>
    public WorkspacePod(EmittedTree tree, string workspace, IReadOnlyCollection<string>? withoutKeys = null)
    {
        Git = Tools.Require("git", "apt-get install git");
        Tree = tree;
        Pod = EmittedPod.Read(tree, workspace);
        Token = "ghp_proof" + Guid.NewGuid().ToString("N");
        Password = "pw-" + Guid.NewGuid().ToString("N")[..12];
        AuthSeed = "{\"github-copilot\":{\"type\":\"oauth\",\"refresh\":\"ghu_seed\",\"access\":\"seed\",\"expires\":0}}";
        // Every key of every ExternalSecret of the workspace (its own, and each optional provider's).
        var keys = tree.ExternalSecrets(workspace)
            .SelectMany(e => e["spec"]!["data"]!.AsArray().Select(d => d!["secretKey"]!.GetValue<string>()))
            .Where(k => withoutKeys?.Contains(k) != true)
            .ToList();
        Secrets = keys.ToDictionary(k => k, k => k switch
        {
            "GITHUB_PAT" => Token,
            "PASSWORD" => Password,
            "COPILOT_AUTH_JSON" => AuthSeed,
            _ => "value-of-" + k,
        });

        CloneUrl = Env(Pod.GitSync, "GIT_REPOSITORY_URL");
        Branch = Env(Pod.GitSync, "GIT_BRANCH");
        var repoPath = new Uri(CloneUrl).AbsolutePath; // /ORG/name.git
        BareRepository = Path.Combine(temp.Path, "git", repoPath.TrimStart('/'));
        SeedBareRepository();
        Server = new GitHttpServer(Path.Combine(temp.Path, "git"), Token);

        var configFolder = Path.Combine(temp.Path, "gitconfig");
        Directory.CreateDirectory(configFolder);
        File.WriteAllText(Path.Combine(configFolder, "gitconfig"), $"[url \"{Server.BaseUrl}{repoPath.TrimStart('/')}\"]\n\tinsteadOf = {CloneUrl}\n");
        ImageFiles = new List<(string, string)> { (configFolder, "/etc/proof-git") };
        Sandbox = new PodSandbox(Pod, Secrets);
    }

    public string Git { get; }

    public EmittedTree Tree { get; }

    public EmittedPod Pod { get; }

    public string Token { get; }

    public string Password { get; }

    public string AuthSeed { get; }

    public IReadOnlyDictionary<string, string> Secrets { get; }

    public string CloneUrl { get; }

    public string Branch { get; }

    public string BareRepository { get; }

    public GitHttpServer Server { get; }

    public PodSandbox Sandbox { get; }

    public List<(string Host, string ContainerPath)> ImageFiles { get; }

    /// <summary>The work tree (container path) the init container clones into.</summary>
    public string Worktree => Env(Pod.GitSync, "WORKTREE");

    public string WorktreeOnHost => Sandbox.HostPath(Pod.GitSync, Worktree);

    public string AuthFile => Env(Pod.GitSync, "AUTH_FILE");

    public string AuthFileOnHost => Sandbox.HostPath(Pod.GitSync, AuthFile);

    public static string Env(PodContainer container, string name) =>
        container.Env.SingleOrDefault(e => e.Name == name)?.Literal ?? throw new InvalidOperationException($"{container.Id} has no literal env {name}");

    /// <summary>Runs the init container exactly as emitted (command and env), optionally with env overrides.</summary>
    public ToolRun RunGitSync(IReadOnlyDictionary<string, string>? overrides = null, IReadOnlyList<string>? command = null)
    {
        var extra = new Dictionary<string, string> { ["GIT_CONFIG_SYSTEM"] = "/etc/proof-git/gitconfig" };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string>())
        {
            extra[k] = v;
        }

        var env = Sandbox.Environment_(Pod.GitSync, AlpineGitPath, extra);
        return Sandbox.Run(Pod.GitSync, command ?? Pod.GitSync.Command, env, busyboxImage: true, ImageFiles);
    }

    /// <summary>Runs a shell command in the server container (its uid, mounts, env and working directory).</summary>
    public ToolRun RunInServer(string shell)
    {
        var env = Sandbox.Environment_(Pod.Server, ServerPath);
        return Sandbox.Run(Pod.Server, new[] { "/bin/sh", "-c", shell }, env, busyboxImage: false, ServerImageFiles());
    }

    /// <summary>Starts the server container's command, with only the listen address and port rewritten (loopback).</summary>
    public RunningProgram StartServer(int port, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> env) =>
        Sandbox.Start(Pod.Server, command, env, busyboxImage: false, ServerImageFiles());

    public List<(string Host, string ContainerPath)> ServerImageFiles() =>
        ImageFiles.Append((OpenCodeServer.NpmPrefix, "/opt/opencode-ai")).ToList();

    /// <summary>Commits a file to the bare repository's branch (the upstream moving on).</summary>
    public string PushUpstreamCommit(string file, string content)
    {
        var work = Path.Combine(temp.Path, "upstream-" + Guid.NewGuid().ToString("N"));
        GitOk(null, "clone", "--quiet", "--branch", Branch, BareRepository, work);
        File.WriteAllText(Path.Combine(work, file), content);
        GitOk(work, "add", file);
        GitOk(work, "commit", "--quiet", "-m", "upstream: " + file);
        GitOk(work, "push", "--quiet", "origin", Branch);
        return GitOk(work, "rev-parse", "HEAD").Trim();
    }

    public string UpstreamHead() => GitOk(BareRepository, "rev-parse", Branch).Trim();

    public string WorktreeHead() => GitOk(WorktreeOnHost, "-c", "safe.directory=*", "rev-parse", "HEAD").Trim();

    /// <summary>Every file under the pod's writable volumes (not the secret volume) holding the token: `grep -rlF`.</summary>
    public IReadOnlyList<string> FilesHoldingToken()
    {
        var grep = Tools.Require("grep", "apt-get install grep");
        var roots = Pod.Values["persistence"]!.AsObject()
            .Where(v => !Pod.IsSecretVolume(v.Key))
            .Select(v => Sandbox.VolumeRoot(v.Key))
            .ToList();
        var run = Tools.Run(grep, new[] { "-rlF", "--", Token }.Concat(roots), TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode is 0 or 1, $"grep failed: {run}");
        return run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public string GitOk(string? workingDirectory, params string[] args)
    {
        var env = new Dictionary<string, string?>
        {
            ["GIT_AUTHOR_NAME"] = "proof", ["GIT_AUTHOR_EMAIL"] = "proof@example.test",
            ["GIT_COMMITTER_NAME"] = "proof", ["GIT_COMMITTER_EMAIL"] = "proof@example.test",
            ["GIT_CONFIG_NOSYSTEM"] = "1", ["HOME"] = temp.Path,
        };
        var run = Tools.Run(Git, args, TimeSpan.FromMinutes(1), workingDirectory, env);
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', args)} failed:\n{run}");
        return run.Stdout;
    }

    public void Dispose()
    {
        Server.Dispose();
        Sandbox.Dispose();
        temp.Dispose();
    }

    private void SeedBareRepository()
    {
        Directory.CreateDirectory(BareRepository);
        GitOk(BareRepository, "init", "--quiet", "--bare", "--initial-branch", Branch);
        var work = Path.Combine(temp.Path, "seed");
        GitOk(null, "init", "--quiet", "--initial-branch", Branch, work);
        File.WriteAllText(Path.Combine(work, "README.md"), "# cluster\n");
        GitOk(work, "add", "README.md");
        GitOk(work, "commit", "--quiet", "-m", "seed");
        GitOk(work, "push", "--quiet", BareRepository, Branch);
    }
}
