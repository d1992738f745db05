using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>Runs the build's pipeline (compose → validate → render) in-process over workspace records.</summary>
internal static class InProcessPipeline
{
    /// <summary>
    /// Runs the pipeline with each workspace declared at <paramref name="declaredAt"/> (what the registry generator
    /// records for a [Workspace] type: its declaration line).
    /// </summary>
    public static Emission Run(params (AppDefinition Workspace, SourceLocation DeclaredAt)[] workspaces) =>
        RunOn(new OpenCode.Workspaces.SeedClusterConventions(), workspaces);

    /// <summary>As <see cref="Run"/>, with the seed's conventions on app-template <paramref name="chartVersion"/>.</summary>
    public static Emission RunOnChart(string chartVersion, params (AppDefinition Workspace, SourceLocation DeclaredAt)[] workspaces)
    {
        var conventions = new OpenCode.Workspaces.SeedClusterConventions();
        return RunOn(conventions with { AppTemplateChart = conventions.AppTemplateChart with { Version = chartVersion } }, workspaces);
    }

    /// <summary>As <see cref="Run"/>, on the cluster <paramref name="conventions"/> describe.</summary>
    public static Emission RunOn(Conventions.ClusterConventions conventions, params (AppDefinition Workspace, SourceLocation DeclaredAt)[] workspaces) =>
        ManifestPipeline.Run(new AppRegistry(workspaces
            .Select(w => new AppEntry(() => w.Workspace, w.Workspace.GetType().FullName!, w.DeclaredAt))
            .ToList(), () => conventions));

    /// <summary>The location of the only line of the calling file carrying the comment <c>//@marker</c>.</summary>
    public static SourceLocation Marked(string marker, [CallerFilePath] string file = "")
    {
        var lines = File.ReadAllLines(file);
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains("//@" + marker, StringComparison.Ordinal)).ToList();
        if (found.Count != 1)
        {
            throw new InvalidOperationException($"marker '{marker}' appears {found.Count} times in {file}");
        }

        return new SourceLocation(file, found[0] + 1);
    }
}
