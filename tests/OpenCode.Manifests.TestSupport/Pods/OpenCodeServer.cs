using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The real OpenCode server (npm opencode-ai at the image's version, installed by tests/run under
/// <c>artifacts/opencode-ai</c>) started with an emitted pod's server command and env in its sandbox, and the
/// oracle of its auth: 401 without the Basic credentials, 200 with them. Only the listen address and port of the
/// command are rewritten: 127.0.0.1 and a free port (this machine serves loopback only).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // runs in the Linux pod sandbox
public static class OpenCodeServer
{
    /// <summary>
    /// The server prints its address before it has warmed up: its first request (project and instance bootstrap)
    /// took over 10 s on a loaded 2-core machine. A request timeout, not a wait: the test goes on as soon as it answers.
    /// </summary>
    public static readonly TimeSpan FirstRequestTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Where tests/run installs the npm package opencode-ai (gitignored).</summary>
    public static string NpmPrefix => Path.Combine(RepositoryPaths.Root, "artifacts", "opencode-ai");

    public static string Binary => Path.Combine(NpmPrefix, "node_modules", ".bin", "opencode");

    /// <summary>Fails unless the installed opencode is the version the pod's server image pins.</summary>
    public static void RequireAtImageVersion(EmittedPod pod, Action<string> log)
    {
        var image = EmittedPod.Image(pod.Server);
        var tag = image[(image.LastIndexOf(':') + 1)..];
        if (!File.Exists(Binary))
        {
            Assert.Fail($"opencode is not installed at {Binary}; install it with: npm install --prefix artifacts/opencode-ai opencode-ai@{tag} (tests/run does)");
        }

        var version = Tools.Version(Binary, "--version");
        log(version);
        Assert.True(version.EndsWith(" " + tag, StringComparison.Ordinal), $"the installed opencode ({version}) is not the image's version {tag} ({image})");
    }

    /// <summary>Starts the emitted server command in the pod's sandbox, listening on 127.0.0.1:<paramref name="port"/>.</summary>
    public static RunningProgram Start(WorkspacePod pod, int port, IReadOnlyDictionary<string, string> env, Action<string> log)
    {
        var command = pod.Pod.Server.Command.ToList();
        var portAt = command.IndexOf("--port");
        var hostAt = command.IndexOf("--hostname");
        Assert.True(portAt >= 0 && hostAt >= 0, "the server command has no --port/--hostname: " + string.Join(' ', command));
        command[portAt + 1] = port.ToString(CultureInfo.InvariantCulture);
        command[hostAt + 1] = "127.0.0.1";
        log("server: " + string.Join(' ', command));
        return pod.StartServer(port, command, env);
    }

    /// <summary>
    /// Awaits the line the server prints once it accepts connections ("Web interface: http://HOST:PORT/" for
    /// <c>opencode web</c>, "opencode server listening on http://HOST:PORT" for <c>opencode serve</c>).
    /// </summary>
    public static Task<string> UntilListening(RunningProgram server, int port) =>
        server.WaitForLineAsync(l => l.Contains($"http://127.0.0.1:{port}", StringComparison.Ordinal), TimeSpan.FromSeconds(90));

    /// <summary>The user name the server checks (the emitted env's, or OpenCode's default).</summary>
    public static string UserName(IReadOnlyDictionary<string, string> env) =>
        env.TryGetValue("OPENCODE_SERVER_USERNAME", out var user) ? user : "opencode";

    /// <summary>
    /// The auth oracle: <c>GET /path</c> answers 401 without credentials and 200 with <paramref name="password"/>;
    /// returns the authorized answer's body.
    /// </summary>
    public static async Task<string> AssertPasswordRequiredAsync(HttpClient http, int port, string user, string password, Action<string> log)
    {
        var anonymous = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/path")).ConfigureAwait(false);
        log($"anonymous GET /path → {(int)anonymous.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/path"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var authorized = await http.SendAsync(request).ConfigureAwait(false);
        var body = await authorized.Content.ReadAsStringAsync().ConfigureAwait(false);
        log($"GET /path with the password → {(int)authorized.StatusCode} {body}");
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
        return body;
    }
}
