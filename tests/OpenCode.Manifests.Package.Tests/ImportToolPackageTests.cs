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
/// the importer's own version) and built with <c>dotnet build</c>, which emits the release's app folder.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ImportToolPackageTests(PackedPackage package)
{
    [Fact]
    public void The_packed_tool_installs_imports_a_release_into_a_project_and_the_project_builds_against_the_package()
    {
        var tool = PackedImportTool.Get(package);
        var release = Path.Combine(RepositoryPaths.SharedReference, "corpus-app-template-4x", "onedr0p__home-ops", "kubernetes", "apps", "default", "radarr", "app", "helmrelease.yaml");
        Assert.True(File.Exists(release), release);
        var project = Path.Combine(tool.Work, "homelab");
        var run = Tools.Run(tool.Executable, new[] { release, "--project", project }, TimeSpan.FromMinutes(2), tool.Work);
        Assert.True(run.ExitCode == 0, run.ToString());
        var csproj = File.ReadAllText(Path.Combine(project, "Homelab.csproj"));
        Assert.Contains($"<PackageReference Include=\"OpenCode.Manifests\" Version=\"{package.Version}\" />", csproj);
        var source = File.ReadAllText(Path.Combine(project, "RadarrRelease.cs"));
        Assert.Contains("app.Controller(\"radarr\"", source);

        // The nuget.config in the folder above the project is the one restore finds; the build emits the app's folder.
        var build = Dotnet.Run(project, "build", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        Assert.True(build.ExitCode == 0, "dotnet build of the imported project failed:\n" + build.Output);
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "kubernetes", "apps", "default", "radarr", "app", "helmrelease.yaml")), build.Output);
    }

    [Fact]
    public void The_readme_migration_example_is_what_the_packed_tool_writes_for_thelounge()
    {
        var tool = PackedImportTool.Get(package);
        var folder = Path.Combine(RepositoryPaths.SharedReference, "corpus-app-template-4x", "onedr0p__home-ops", "kubernetes", "apps", "default", "thelounge");
        var run = Tools.Run(tool.Executable, new[] { folder, "--namespace", "Homelab" }, TimeSpan.FromMinutes(2), tool.Work);
        Assert.True(run.ExitCode == 0, run.ToString());
        var written = run.Stdout.Substring(run.Stdout.IndexOf('\n', StringComparison.Ordinal) + 1); // after "// ---- TheloungeRelease.cs"
        var block = Assert.Single(ReadmeCode.Blocks(), b => b.Code.Contains("public sealed record TheloungeRelease", StringComparison.Ordinal));
        Assert.Equal(written.TrimEnd('\n'), block.Code.TrimEnd('\n'));
    }
}
