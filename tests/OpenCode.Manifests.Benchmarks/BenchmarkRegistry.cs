using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>A registry of N <see cref="BenchmarkWorkspace"/>s, built by hand as the registry generator would.</summary>
public static class BenchmarkRegistry
{
    /// <summary>The registry of workspaces 1..<paramref name="count"/>, with the seed cluster's conventions.</summary>
    public static AppRegistry Create(int count, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var entries = new List<AppEntry>(count);
        for (var i = 1; i <= count; i++)
        {
            var index = i;
            entries.Add(new AppEntry(() => new BenchmarkWorkspace(index), typeof(BenchmarkWorkspace).FullName!, SourceLocation.FromCaller(file, line)));
        }

        return new AppRegistry(entries, () => new OpenCode.Workspaces.SeedClusterConventions());
    }
}
