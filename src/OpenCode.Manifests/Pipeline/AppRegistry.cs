using System;
using System.Collections.Generic;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Pipeline;

/// <summary>One <c>[App]</c> or <c>[Workspace]</c> type found at compile time, with where it is declared.</summary>
/// <param name="Create">Creates the app definition (no reflection).</param>
/// <param name="TypeName">The type's full name.</param>
/// <param name="DeclaredAt">The type's name in its declaration (line and column of the identifier).</param>
public sealed record AppEntry(Func<AppDefinition> Create, string TypeName, SourceLocation DeclaredAt);

/// <summary>
/// Everything the build emits for one project: its apps and its cluster conventions. Created by the code the app
/// registry generator writes for the project.
/// </summary>
public sealed class AppRegistry
{
    /// <summary>Creates a registry.</summary>
    public AppRegistry(IReadOnlyList<AppEntry> apps, Func<ClusterConventions>? conventions = null)
    {
        Apps = apps;
        // Without a [ClusterConventions] type the project does not compile (OCM1117); a registry built by hand must pass one.
        CreateConventions = conventions ?? (() => throw new InvalidOperationException(
            "No cluster conventions: declare a record deriving from ClusterConventions and mark it [ClusterConventions]."));
    }

    /// <summary>The apps, in declaration order.</summary>
    public IReadOnlyList<AppEntry> Apps { get; }

    /// <summary>Creates this project's cluster conventions.</summary>
    public Func<ClusterConventions> CreateConventions { get; }
}
