using System.IO;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>Where things are in the repository the benchmark was built from.</summary>
public sealed class RepoLayout
{
    private RepoLayout(string root) => Root = root;

    /// <summary>The repository root (the folder holding OpenCode.Manifests.sln).</summary>
    public string Root { get; }

    /// <summary>This project's folder.</summary>
    public string BenchmarkFolder => Path.Combine(Root, "tests", "OpenCode.Manifests.Benchmarks");

    /// <summary>The cdk8s script's folder.</summary>
    public string Cdk8sFolder => Path.Combine(BenchmarkFolder, "cdk8s");

    /// <summary>The committed results file.</summary>
    public string ResultsFile => Path.Combine(BenchmarkFolder, "RESULTS.md");

    /// <summary>The init script the library embeds (the cdk8s script reads the same file).</summary>
    public string GitSyncScript => Path.Combine(Root, "src", "OpenCode.Manifests", "OpenCode", "git-sync.sh");

    /// <summary>Our app-template values schema.</summary>
    public string AppTemplateSchema => Path.Combine(Root, "src", "OpenCode.Manifests", "AppTemplate", "app-template-4.values.schema.json");

    /// <summary>Finds the repository above the running program (<see cref="RepositoryPaths"/>).</summary>
    public static RepoLayout Find() => new(RepositoryPaths.Root);
}
