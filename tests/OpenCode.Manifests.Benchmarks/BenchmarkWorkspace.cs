using OpenCode.Manifests;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>
/// One of N distinct workspaces the benchmark emits: default settings, its own name, repository and host. The cdk8s
/// script (cdk8s/synth.js, function <c>workspace</c>) names them the same way.
/// </summary>
/// <param name="Index">1-based index; the name is <c>opencode-0001</c>, the repository <c>ORG/repo-0001</c>.</param>
public sealed record BenchmarkWorkspace(int Index) : OpenCodeWorkspace(
    Name: "opencode-" + Id(Index),
    Repository: GitHub.Repository("ORG", "repo-" + Id(Index)),
    Host: "w" + Id(Index) + ".opencode")
{
    private static string Id(int index) => index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
