using System;
using System.IO;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// Issue #17's acceptance consumer: a consumer holding README's <c>consumer-acceptance</c> block only (its conventions
/// and two workspaces), built against the packed package once per package and shared by the tests that read its tree.
/// </summary>
internal static class AcceptanceConsumer
{
    private static readonly object Gate = new();
    private static (string Version, ConsumerProject Consumer, DotnetResult Build)? built;

    /// <summary>The built consumer; fails with the build's output when README's block does not build.</summary>
    public static ConsumerProject Get(PackedPackage package, Action<string> log)
    {
        lock (Gate)
        {
            if (built is not { } cached || cached.Version != package.Version)
            {
                var consumer = new ConsumerProject(package.NewFolder("acceptance"), package.Version, Repo.Feed);
                File.Delete(Path.Combine(consumer.Folder, "Linkding.cs"));
                File.Delete(Path.Combine(consumer.Folder, "Workspaces.cs"));
                consumer.Write("Conventions.cs", ReadmeCode.Named("consumer-acceptance").Code);
                var build = consumer.Build();
                log($"acceptance consumer build: exit {build.ExitCode} in {build.Elapsed.TotalSeconds:F1} s");
                cached = (package.Version, consumer, build);
                built = cached;
            }

            Assert.True(cached.Build.ExitCode == 0, "the acceptance consumer build failed:\n" + cached.Build.Output);
            return cached.Consumer;
        }
    }

    /// <summary>The consumer's emitted namespace folder as the pod harnesses read it: YAML files on disk only.</summary>
    public static EmittedTree Tree(ConsumerProject consumer) => new(consumer.AppsFolder);
}
