using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// The <c>ocm-import</c> tool as users get it: packed from this tree at the run's package version, installed with
/// <c>dotnet tool install --tool-path</c> from that feed, once per test run (tests that need it share it). The projects
/// it writes restore OpenCode.Manifests from the package fixture's feed through <see cref="ConfigFile"/>; the fixture
/// removes both packages from the NuGet cache when the run ends.
/// </summary>
internal sealed class PackedImportTool
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, PackedImportTool> Installed = new(StringComparer.Ordinal);

    private PackedImportTool(string work, string feed, string executable, string configFile)
    {
        Work = work;
        Feed = feed;
        Executable = executable;
        ConfigFile = configFile;
    }

    /// <summary>The folder the tool was packed and installed in; projects written below it find <see cref="ConfigFile"/>.</summary>
    public string Work { get; }

    /// <summary>The folder feed holding <c>ocm-import.&lt;version&gt;.nupkg</c>.</summary>
    public string Feed { get; }

    /// <summary>The installed tool's command.</summary>
    public string Executable { get; }

    /// <summary>A nuget.config in <see cref="Work"/> naming the tool's and the library's local feeds.</summary>
    public string ConfigFile { get; }

    public static PackedImportTool Get(PackedPackage package)
    {
        lock (Gate)
        {
            if (Installed.TryGetValue(package.Version, out var existing))
            {
                return existing;
            }

            var work = package.NewFolder("import-tool");
            var feed = Path.Combine(work, "feed");
            var toolProject = Path.Combine(Repo.Root, "src", "OpenCode.Manifests.Import.Tool", "OpenCode.Manifests.Import.Tool.csproj");
            var pack = Dotnet.Run(Repo.Root, "pack", toolProject, "-c", "Release", "--nologo", "-nodeReuse:false", "-clp:NoSummary",
                "--artifacts-path", Path.Combine(work, "artifacts"), "-o", feed, "-p:Version=" + package.Version);
            Assert.True(pack.ExitCode == 0, "dotnet pack of the tool failed:\n" + pack.Output);
            Assert.True(File.Exists(Path.Combine(feed, $"ocm-import.{package.Version}.nupkg")), string.Join(", ", Directory.GetFiles(feed)));

            // Local folder feeds only, added to whatever the machine has (restore looks up the folders first).
            var config = Path.Combine(work, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="ocm-import" value="{feed}" />
                    <add key="opencode-manifests" value="{Repo.Feed}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(work, "tools");
            var install = Dotnet.Run(work, "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "ocm-import", "--version", package.Version);
            Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);
            existing = new PackedImportTool(work, feed, Path.Combine(tools, "ocm-import"), config);
            Installed[package.Version] = existing;
            return existing;
        }
    }
}
