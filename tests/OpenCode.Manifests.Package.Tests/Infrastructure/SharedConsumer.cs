using System;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// The unchanged consumer, built once per packed package and shared by the tests that only read its tree: a consumer
/// build costs seconds, and the tests of the packed-package collection run one after another.
/// </summary>
internal static class SharedConsumer
{
    private static readonly object Gate = new();
    private static (string Version, ConsumerProject Consumer, DotnetResult Build)? built;

    /// <summary>The shared consumer and its build, made with <paramref name="build"/> the first time.</summary>
    public static (ConsumerProject Consumer, DotnetResult Build) Get(PackedPackage package, Func<ConsumerProject, DotnetResult> build)
    {
        lock (Gate)
        {
            if (built is not { } cached || cached.Version != package.Version)
            {
                var consumer = new ConsumerProject(package.NewFolder("consumer"), package.Version, Repo.Feed);
                cached = (package.Version, consumer, build(consumer));
                built = cached;
            }

            return (cached.Consumer, cached.Build);
        }
    }
}
