using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// The OpenCode.Manifests package packed once per test run from this working tree into the repository's local feed
/// (artifacts/feed). Its version is unique to the run (<c>0.1.0-test.…</c>), so a consumer can never restore a stale
/// copy from NuGet's global packages folder; the run removes that version from the feed and the folder afterwards.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>The repository URL handed to the pack: this clone has no git remote for SourceLink to read it from.</summary>
    public const string RepositoryUrl = "https://github.com/opencode-manifests-test/opencode-manifests";

    private readonly string scratch = Path.Combine(Path.GetTempPath(), "ocm-package-" + Guid.NewGuid().ToString("N"));

    public PackedPackage()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N").Substring(0, 8);
        NupkgPath = Path.Combine(Repo.Feed, $"OpenCode.Manifests.{Version}.nupkg");
        SnupkgPath = Path.Combine(Repo.Feed, $"OpenCode.Manifests.{Version}.snupkg");
        Directory.CreateDirectory(Repo.Feed);
        Pack = Dotnet.Run(Repo.Root, PackArguments(Path.Combine(scratch, "artifacts")));
        if (Pack.ExitCode != 0)
        {
            Dispose(); // xunit does not dispose a fixture whose constructor threw
            throw new InvalidOperationException($"dotnet pack failed (exit {Pack.ExitCode}):\n{Pack.Output}");
        }

        Extracted = Path.Combine(scratch, "extracted");
        ZipFile.ExtractToDirectory(NupkgPath, Extracted);
    }

    /// <summary>This run's package version.</summary>
    public string Version { get; }

    /// <summary>The pack command's result (its time goes into the report).</summary>
    public DotnetResult Pack { get; }

    public string NupkgPath { get; }

    public string SnupkgPath { get; }

    /// <summary>The .nupkg unzipped.</summary>
    public string Extracted { get; }

    /// <summary>A fresh folder under this run's scratch folder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(scratch, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A pack of this version into the local feed, with its intermediate files under <paramref name="artifacts"/>.</summary>
    private string[] PackArguments(string artifacts) => new[]
    {
        "pack", Repo.LibraryProject, "-c", "Release", "--nologo", "-nodeReuse:false", "-clp:NoSummary",
        // Intermediate and output folders outside the working tree: a pack never races a build of the repository.
        "--artifacts-path", artifacts,
        "-o", Repo.Feed,
        "-p:Version=" + Version,
        "-p:ContinuousIntegrationBuild=true",
        "-p:OpenCodeManifestsRepositoryUrl=" + RepositoryUrl,
    };

    public void Dispose()
    {
        TryDelete(() => File.Delete(NupkgPath));
        TryDelete(() => File.Delete(SnupkgPath));
        var cached = Path.Combine(GlobalPackagesFolder(), "opencode.manifests", Version.ToLowerInvariant());
        TryDelete(() => { if (Directory.Exists(cached)) { Directory.Delete(cached, recursive: true); } });
        var tool = Path.Combine(GlobalPackagesFolder(), "ocm-import", Version.ToLowerInvariant());
        TryDelete(() => { if (Directory.Exists(tool)) { Directory.Delete(tool, recursive: true); } });
        TryDelete(() => { if (Directory.Exists(scratch)) { Directory.Delete(scratch, recursive: true); } });
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (IOException)
        {
            // A build server may hold a file for a moment; leftovers are this run's own, uniquely versioned files.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The tests that share one packed package.</summary>
[Xunit.CollectionDefinition(Name)]
public sealed class PackedPackageCollection : Xunit.ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
