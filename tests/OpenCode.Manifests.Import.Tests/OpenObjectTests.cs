using System;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// Objects the upstream schema leaves open (<c>rbac.bindings.*.roleRef</c> and <c>subjects[]</c>, where home-ops
/// repositories write <c>apiGroup</c> and <c>serviceAccount</c> the chart ignores) keep their extra keys as free-form
/// values (OCM4004 at each key's line) and the release is imported and round-trips, on 4.x and 5.x. The negative
/// control: the same key in a closed object still refuses the release (OCM4002).
/// </summary>
public sealed class OpenObjectTests
{
    private static string Release(string chartVersion, string bindingExtra = "") => $$"""
        ---
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata:
          name: gatus
        spec:
          url: oci://ghcr.io/bjw-s-labs/helm/app-template
          ref:
            tag: {{chartVersion}}
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: gatus
        spec:
          interval: 30m
          chartRef:
            kind: OCIRepository
            name: gatus
          values:
            controllers:
              gatus:
                containers:
                  app:
                    image: { repository: ghcr.io/twin/gatus, tag: v5.20.0 }
            serviceAccount:
              gatus: {}
            rbac:
              roles:
                gatus:
                  type: ClusterRole
                  rules:
                    - apiGroups: [""]
                      resources: [services]
                      verbs: [get, list, watch]
              bindings:
                gatus:
                  type: ClusterRoleBinding{{bindingExtra}}
                  roleRef:
                    identifier: gatus
                    apiGroup: rbac.authorization.k8s.io
                  subjects:
                    - identifier: gatus
                      serviceAccount: gatus
        """;

    private static int LineOf(string text, string marker) =>
        text.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(marker, StringComparison.Ordinal)).index + 1;

    [Theory]
    [InlineData("4.6.2", 4)]
    [InlineData("5.1.0", 5)]
    public void Extra_keys_of_an_open_upstream_object_are_kept_and_the_release_round_trips(string chartVersion, int major)
    {
        var text = Release(chartVersion);
        var result = new HelmReleaseImporter().ImportText("gatus.yaml", text);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var release = Assert.Single(result.Releases);
        Assert.Equal(major, release.ChartMajor);
        var kept = result.Diagnostics.Where(d => d.Id == DiagnosticCatalog.KeptAsFreeForm.Id).ToList();
        Assert.Equal(new long[] { LineOf(text, "apiGroup:"), LineOf(text, "serviceAccount: gatus") }, kept.Select(d => (long)d.Line));
        Assert.Contains("[\"apiGroup\"] = FreeForm.Parse(\"rbac.authorization.k8s.io\\n\")", release.Source, StringComparison.Ordinal);
        Assert.Contains("[\"serviceAccount\"] = FreeForm.Parse(\"gatus\\n\")", release.Source, StringComparison.Ordinal);
        var outcome = Assert.Single(ImportRoundTrip.Run(result.Releases, r => r.Document.Name));
        Assert.True(outcome.IsLossless, outcome.ToString());
    }

    [Theory]
    [InlineData("4.6.2")]
    [InlineData("5.1.0")]
    public void The_same_key_in_a_closed_object_still_refuses_the_release(string chartVersion)
    {
        var result = new HelmReleaseImporter().ImportText("gatus.yaml", Release(chartVersion, "\n          apiGroup: rbac.authorization.k8s.io"));

        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.ValuesNotReadable.Id);
        Assert.Contains("unknown key 'apiGroup' for RbacRoleBinding", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Releases);
    }
}
