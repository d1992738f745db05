using System;
using System.IO;
using System.Text.Json;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>The cdk8s side: the script in cdk8s/, its pinned packages (installed on first use) and one synthesis.</summary>
public sealed class Cdk8sBaseline
{
    private readonly RepoLayout layout;

    private Cdk8sBaseline(RepoLayout layout, string cdk8sVersion, string nodeVersion, TimeSpan install)
    {
        this.layout = layout;
        Cdk8sVersion = cdk8sVersion;
        NodeVersion = nodeVersion;
        InstallTime = install;
    }

    /// <summary>The installed cdk8s version.</summary>
    public string Cdk8sVersion { get; }

    /// <summary>node --version.</summary>
    public string NodeVersion { get; }

    /// <summary>Time spent installing the npm packages (zero when node_modules was there).</summary>
    public TimeSpan InstallTime { get; }

    /// <summary>Checks node, installs the packages when node_modules is missing.</summary>
    public static Cdk8sBaseline Prepare(RepoLayout layout)
    {
        ChildResult node;
        try
        {
            node = ChildProcess.Run("node", new[] { "--version" }, layout.Cdk8sFolder).EnsureSuccess("node --version");
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException("The cdk8s comparison needs Node.js 18+ and npm (Debian: apt-get install nodejs npm). " + ex.Message, ex);
        }

        var install = TimeSpan.Zero;
        var packageJson = Path.Combine(layout.Cdk8sFolder, "node_modules", "cdk8s", "package.json");
        if (!File.Exists(packageJson))
        {
            var lockFile = File.Exists(Path.Combine(layout.Cdk8sFolder, "package-lock.json"));
            install = ChildProcess.Run("npm", new[] { lockFile ? "ci" : "install", "--no-audit", "--no-fund" }, layout.Cdk8sFolder)
                .EnsureSuccess("npm install in " + layout.Cdk8sFolder).Elapsed;
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(packageJson));
        var version = manifest.RootElement.GetProperty("version").GetString() ?? "?";
        if (!version.StartsWith("2.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"cdk8s {version} is installed; the benchmark compares against cdk8s 2.x (see cdk8s/package.json)");
        }

        return new Cdk8sBaseline(layout, version, node.Output.Trim(), install);
    }

    /// <summary>Runs <c>node synth.js N outdir</c> as a whole process.</summary>
    public ChildResult Synthesize(int count, string outdir) =>
        ChildProcess.Run("node", new[] { "synth.js", count.ToString(System.Globalization.CultureInfo.InvariantCulture), outdir, layout.GitSyncScript }, layout.Cdk8sFolder)
            .EnsureSuccess("node synth.js " + count);
}
