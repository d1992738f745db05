using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// The <c>ocm-import</c> .NET tool as users get it: packed from this tree (at this run's version), installed with
/// <c>dotnet tool install --add-source &lt;feed&gt; ocm-import</c>, run on a real community release with
/// <c>--project</c>, and the project it writes restored from the same feed (the packed OpenCode.Manifests package at
/// the importer's own version) and built with <c>dotnet build</c>.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ImportToolPackageTests(PackedPackage package)
{
    [Fact]
    public void The_packed_tool_installs_imports_a_release_into_a_project_and_the_project_builds_against_the_package()
    {
        var work = package.NewFolder("import-tool");
        var toolFeed = Path.Combine(work, "feed");
        var toolProject = Path.Combine(Repo.Root, "src", "OpenCode.Manifests.Import.Tool", "OpenCode.Manifests.Import.Tool.csproj");
        var pack = Dotnet.Run(Repo.Root, "pack", toolProject, "-c", "Release", "--nologo", "-nodeReuse:false", "-clp:NoSummary",
            "--artifacts-path", Path.Combine(work, "artifacts"), "-o", toolFeed, "-p:Version=" + package.Version);
        Assert.True(pack.ExitCode == 0, "dotnet pack of the tool failed:\n" + pack.Output);
        Assert.True(File.Exists(Path.Combine(toolFeed, $"ocm-import.{package.Version}.nupkg")), string.Join(", ", Directory.GetFiles(toolFeed)));

        // Only the two local feeds: the tool from one, the library package (packed by the fixture) from the other.
        var config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="tool" value="{toolFeed}" />
                <add key="library" value="{Repo.Feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(work, "tools");
        try
        {
            var install = Dotnet.Run(work, "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", toolFeed, "ocm-import", "--version", package.Version);
            Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);

            var release = Path.Combine(RepositoryPaths.SharedReference, "corpus-app-template-4x", "onedr0p__home-ops", "kubernetes", "apps", "default", "radarr", "app", "helmrelease.yaml");
            Assert.True(File.Exists(release), release);
            var project = Path.Combine(work, "homelab");
            var run = Tools.Run(Path.Combine(tools, "ocm-import"), new[] { release, "--project", project }, TimeSpan.FromMinutes(2), work);
            Assert.True(run.ExitCode == 0, run.ToString());
            var csproj = File.ReadAllText(Path.Combine(project, "Homelab.csproj"));
            Assert.Contains($"<PackageReference Include=\"OpenCode.Manifests\" Version=\"{package.Version}\" />", csproj);
            var source = File.ReadAllText(Path.Combine(project, "RadarrRelease.cs"));
            Assert.Contains("release.Controller(\"radarr\"", source);

            // The nuget.config in the folder above the project is the one restore finds.
            var build = Dotnet.Run(project, "build", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
            Assert.True(build.ExitCode == 0, "dotnet build of the imported project failed:\n" + build.Output);
            Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
        }
        finally
        {
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "ocm-import", package.Version.ToLowerInvariant());
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }
}
