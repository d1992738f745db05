using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// What names an imported app: its release name must be one app's (OCM4012 for a component template named by a Flux
/// variable), one name per namespace per project (OCM4013), and the namespace comes from the release, its Flux
/// Kustomization's targetNamespace, or the apps/&lt;namespace&gt;/ folder, in that order.
/// </summary>
public sealed class ReleaseIdentityTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "ocm-import-identity-" + Guid.NewGuid().ToString("N"));

    private static string Release(string name, string? ns = null) => $"""
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: {name}
        {(ns is null ? "" : "  namespace: " + ns + "\n")}spec:
          interval: 1h
          chart:
            spec:
              chart: app-template
              version: 4.6.2
              sourceRef: {"{"} kind: HelmRepository, name: bjw-s, namespace: flux-system {"}"}
          values:
            controllers:
              main:
                containers:
                  app:
                    image: {"{"} repository: ghcr.io/example/app, tag: 1.0.0 {"}"}
        """;

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_release_named_by_a_Flux_variable_is_OCM4012_at_its_kind_line_and_not_imported()
    {
        var text = Release("${APP}-anubis");
        var result = new HelmReleaseImporter().ImportText("component.yaml", text);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.ReleaseNamedByVariable.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(3, diagnostic.Line); // kind: HelmRelease
        Assert.Empty(result.Releases);

        // Negative control: the same release with a plain name is imported.
        Assert.Single(new HelmReleaseImporter().ImportText("component.yaml", Release("anubis")).Releases);
    }

    [Fact]
    public void Two_releases_with_one_name_in_one_namespace_are_OCM4013_at_the_second_and_neither_is_imported()
    {
        Write("main/apps/default/echo/app/helmrelease.yaml", Release("echo"));
        var second = Write("staging/apps/default/echo/app/helmrelease.yaml", Release("echo"));
        var result = new HelmReleaseImporter().ImportPath(root);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.DuplicateImportedRelease.Id);
        Assert.Equal(Path.GetFullPath(second), Path.GetFullPath(diagnostic.File));
        Assert.Equal(3, diagnostic.Line);
        Assert.Empty(result.Releases);

        // Negative control: each cluster's folder on its own imports its release.
        Assert.Single(new HelmReleaseImporter().ImportPath(Path.Combine(root, "main")).Releases);
    }

    [Fact]
    public void The_namespace_is_the_release_s_then_the_Flux_Kustomization_s_then_the_apps_folder_s()
    {
        Write("apps/media/plex/app/helmrelease.yaml", Release("plex"));
        Write("apps/media/plex/ks.yaml", "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: plex\nspec:\n  targetNamespace: streaming\n  path: ./apps/media/plex/app\n");
        Write("apps/tools/echo/app/helmrelease.yaml", Release("echo"));
        Write("apps/tools/named/app/helmrelease.yaml", Release("named", "explicit"));
        var result = new HelmReleaseImporter().ImportPath(root);
        Assert.Equal(
            new[] { ("echo", "tools"), ("named", "explicit"), ("plex", "streaming") },
            result.Releases.Select(r => (r.Document.Name, r.AppNamespace)).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray());
        Assert.Contains("AppTemplateApp(\"plex\", \"streaming\")", result.Releases.Single(r => r.Document.Name == "plex").Source);
    }
}
