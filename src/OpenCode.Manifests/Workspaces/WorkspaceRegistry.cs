using System;
using System.Collections.Generic;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests;

/// <summary>One <c>[Workspace]</c> type found at compile time, with where it is declared.</summary>
/// <param name="Create">Creates the workspace (no reflection).</param>
/// <param name="TypeName">The type's full name.</param>
/// <param name="DeclaredAt">The line of the type's declaration.</param>
public sealed record WorkspaceEntry(Func<FluxAppDefinition> Create, string TypeName, SourceLocation DeclaredAt);

/// <summary>
/// Everything the build emits for one project: its workspaces and its cluster conventions. Created by the
/// generated code of the workspace registry generator.
/// </summary>
public sealed class WorkspaceRegistry
{
    /// <summary>Creates a registry.</summary>
    public WorkspaceRegistry(IReadOnlyList<WorkspaceEntry> workspaces, Func<ClusterConventions>? conventions = null)
    {
        Workspaces = workspaces;
        CreateConventions = conventions ?? (() => ClusterConventions.Default);
    }

    /// <summary>The workspaces, in declaration order.</summary>
    public IReadOnlyList<WorkspaceEntry> Workspaces { get; }

    /// <summary>Creates this project's cluster conventions.</summary>
    public Func<ClusterConventions> CreateConventions { get; }
}
