using System;
using System.Collections.Generic;
using System.IO;
using OpenCode.Manifests.Diffing;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Tests.Diffing;

/// <summary>
/// The semantic diff on hand-made trees: values compared as Flux reads YAML (formatting, key order and <c>0775</c>
/// versus <c>509</c> are no change), HelmRelease values named relative to <c>spec.values</c>, keys with dots quoted,
/// unmarked base files ignored; the markdown report against its golden file, its inline code safe for backticks.
/// </summary>
public sealed class TreeDiffTests
{
    private const string Apps = "kubernetes/apps";

    private static readonly string Marker = GeneratedFileMarker.Line + "\n";

    private static readonly Dictionary<string, string> Base = new(StringComparer.Ordinal)
    {
        [Apps + "/media/plex/app/helmrelease.yaml"] = "---\n" + Marker + "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: plex\nspec:\n  values:\n    controllers:\n      plex:\n        containers:\n          app:\n            image: {repository: ghcr.io/x/plex, tag: 1.40.0}\n    persistence:\n      config:\n        defaultMode: 0775\n",
        [Apps + "/media/plex/ks.yaml"] = "---\n" + Marker + "kind: Kustomization\nmetadata:\n  name: plex\n  namespace: flux-system\n  labels:\n    app.kubernetes.io/name: plex\nspec:\n  interval: 30m\n",
        [Apps + "/media/plex/app/mine.yaml"] = "---\nkind: ConfigMap\nmetadata:\n  name: mine\n",
        [Apps + "/media/namespace.yaml"] = "---\n" + Marker + "kind: Namespace\nmetadata:\n  name: media\n",
    };

    private static readonly Dictionary<string, string> New = new(StringComparer.Ordinal)
    {
        // Same persistence by meaning (509 = 0775), keys reordered; a new tag, a value with a backtick.
        [Apps + "/media/plex/app/helmrelease.yaml"] = "---\n" + Marker + "kind: HelmRelease\napiVersion: helm.toolkit.fluxcd.io/v2\nmetadata:\n  name: plex\nspec:\n  values:\n    persistence:\n      config:\n        defaultMode: 509\n    controllers:\n      plex:\n        containers:\n          app:\n            image:\n              repository: ghcr.io/x/plex\n              tag: 1.41.0\n            args: [\"a`b\"]\n",
        [Apps + "/media/plex/ks.yaml"] = "---\n" + Marker + "kind: Kustomization\nmetadata:\n  name: plex\n  namespace: flux-system\n  labels:\n    app.kubernetes.io/name: plex-media\nspec:\n  interval: 30m\n",
        [Apps + "/media/namespace.yaml"] = "---\n" + Marker + "kind: Namespace\nmetadata:\n  name: media\n",
        [Apps + "/media/tautulli/ks.yaml"] = "---\n" + Marker + "kind: Kustomization\nmetadata:\n  name: tautulli\n  namespace: flux-system\n",
    };

    [Fact]
    public void Changes_are_grouped_and_named_as_the_chart_sees_them()
    {
        var changes = TreeDiff.Compare(Base, New, Apps);
        Assert.Collection(
            changes,
            c =>
            {
                Assert.Equal(("media/plex", "HelmRelease", "plex", ChangeKind.Changed), (c.App, c.Kind, c.Name, c.Change));
                Assert.Equal(
                    new[] { new ValueChange("controllers.plex.containers.app.image.tag", "1.40.0", "1.41.0"), new ValueChange("controllers.plex.containers.app.args[0]", null, "a`b") },
                    c.Values);
            },
            c =>
            {
                Assert.Equal(("media/plex", "Kustomization", "flux-system/plex", ChangeKind.Changed), (c.App, c.Kind, c.Name, c.Change));
                Assert.Equal(new[] { new ValueChange("metadata.labels[\"app.kubernetes.io/name\"]", "plex", "plex-media") }, c.Values);
            },
            c => Assert.Equal(("media/tautulli", "Kustomization", "flux-system/tautulli", ChangeKind.Added), (c.App, c.Kind, c.Name, c.Change)));
    }

    [Fact]
    public void Equal_trees_have_no_changes_and_a_changed_octal_is_one()
    {
        Assert.Empty(TreeDiff.Compare(New, New, Apps));
        var octal = new Dictionary<string, string>(Base) { [Apps + "/media/plex/app/helmrelease.yaml"] = Base[Apps + "/media/plex/app/helmrelease.yaml"].Replace("0775", "0755", StringComparison.Ordinal) };
        var change = Assert.Single(TreeDiff.Compare(Base, octal, Apps));
        Assert.Equal(new ValueChange("persistence.config.defaultMode", "0775", "0755"), Assert.Single(change.Values));
    }

    [Fact]
    public void The_markdown_report_matches_its_golden_file()
    {
        var report = DiffReport.Markdown(TreeDiff.Compare(Base, New, Apps), "origin/main");
        var golden = Path.Combine(RepositoryPaths.Root, "tests", "OpenCode.Manifests.Tests", "Diffing", "Golden", "report.md");
        var expected = File.ReadAllText(golden);
        Assert.True(expected == report, "the report differs from " + golden + ":\n" + TextDiff.Unified(expected, report, expectedName: "golden", actualName: "now"));
        Assert.Contains("``a`b``", report, StringComparison.Ordinal); // a backtick inside inline code
    }

    [Fact]
    public void The_markdown_report_is_capped_with_a_note()
    {
        var report = DiffReport.Markdown(TreeDiff.Compare(Base, New, Apps), "origin/main", maxChars: 450);
        Assert.True(report.Length <= 450, report);
        Assert.Contains("more changed objects not shown (the report is capped at 450 characters)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("not shown", DiffReport.Markdown(TreeDiff.Compare(Base, New, Apps), "origin/main"), StringComparison.Ordinal); // negative control
    }
}
