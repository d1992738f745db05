using System;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// <c>app.Release(spec =&gt; spec with { … })</c>: the emitted HelmRelease carries the changed settings beside its
/// values, the values stay the handles' whatever the change sets, and a <c>chartRef</c> to a chart source defined
/// elsewhere (the cluster's shared app-template OCIRepository) leaves the app's own <c>ocirepository.yaml</c> out of
/// the folder and out of its <c>kustomization.yaml</c>. The unchanged app is the control each time.
/// </summary>
public sealed class ReleaseSpecChangeTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/changed", Tag = "1.2.3" };

    [Fact]
    public void The_emitted_release_has_the_changed_settings_and_keeps_the_others()
    {
        var changed = Run("settings");
        ReportedAt.Nothing(changed, "settings");
        var spec = changed.Apps[0].Release!.Release.Spec;
        Assert.Equal("30m", spec.Interval);
        Assert.Equal("10m", spec.Timeout);
        Assert.Equal(5, spec.Install!.Remediation!.Retries);
        Assert.Equal(true, spec.Upgrade!.CleanupOnFail); // untouched by the change: the default's
        var yaml = Text(changed, "app/helmrelease.yaml");
        Assert.Contains("interval: 30m", yaml, StringComparison.Ordinal);
        Assert.Contains("timeout: 10m", yaml, StringComparison.Ordinal);

        // Negative control: without the change, the defaults.
        var plain = Run("none");
        Assert.Equal("1h", plain.Apps[0].Release!.Release.Spec.Interval);
        Assert.Equal(-1, plain.Apps[0].Release!.Release.Spec.Install!.Remediation!.Retries);
        Assert.DoesNotContain("timeout:", Text(plain, "app/helmrelease.yaml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("values-replaced")]
    [InlineData("values-removed")]
    public void Values_set_by_the_change_are_ignored_the_handles_win(string which)
    {
        var changed = Run(which);
        ReportedAt.Nothing(changed, which);
        var values = Assert.IsType<AppTemplateValues>(changed.Apps[0].Release!.Release.Spec.Values!.Typed);
        Assert.Equal("ghcr.io/example/changed", values.Controllers!["changed"].Containers!["app"].Image!.Repository);

        // The whole release is the unchanged app's, byte for byte: the change touched only the values.
        Assert.Equal(Text(Run("none"), "app/helmrelease.yaml"), Text(changed, "app/helmrelease.yaml"));
    }

    [Fact]
    public void A_chartRef_to_a_shared_OCIRepository_drops_the_apps_own_from_the_files_and_the_kustomization()
    {
        var shared = Run("shared-chart");
        ReportedAt.Nothing(shared, "shared chart");
        Assert.DoesNotContain(shared.Files, f => f.RelativePath.EndsWith("/default/changed/app/ocirepository.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain("ocirepository.yaml", Text(shared, "app/kustomization.yaml"), StringComparison.Ordinal);
        var chartRef = shared.Apps[0].Release!.Release.Spec.ChartRef!;
        Assert.Equal(("OCIRepository", "app-template", "flux-system"), (chartRef.Kind, chartRef.Name, chartRef.Namespace));
        Assert.Contains("namespace: flux-system", Text(shared, "app/helmrelease.yaml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("settings")]
    public void Negative_control_the_default_chartRef_keeps_the_apps_own_OCIRepository(string which)
    {
        var emission = Run(which);
        Assert.Contains(emission.Files, f => f.RelativePath.EndsWith("/default/changed/app/ocirepository.yaml", StringComparison.Ordinal));
        Assert.Contains("- ./ocirepository.yaml", Text(emission, "app/kustomization.yaml"), StringComparison.Ordinal);
        var chartRef = emission.Apps[0].Release!.Release.Spec.ChartRef!;
        Assert.Equal(("OCIRepository", "changed", (string?)null), (chartRef.Kind, chartRef.Name, chartRef.Namespace));
    }

    private static Emission Run(string which) => InProcessPipeline.Run((new Changed(which), InProcessPipeline.Marked("record Changed")));

    /// <summary>The rendered text of the app's file at <paramref name="path"/> (relative to its folder).</summary>
    private static string Text(Emission emission, string path) =>
        Encoding.UTF8.GetString(emission.Files.Single(f => f.RelativePath.EndsWith("/default/changed/" + path, StringComparison.Ordinal)).Content.Span);

    /// <summary>One container; <paramref name="Which"/> says how the release spec is changed.</summary>
    private sealed record Changed(string Which) : AppTemplateApp("changed", "default") //@record Changed
    {
        protected override void Compose(AppBuilder app)
        {
            app.Controller("changed").Container("app", Image).Admitted();
            switch (Which)
            {
                case "settings":
                    app.Release(spec => spec with
                    {
                        Interval = "30m",
                        Timeout = "10m",
                        Install = new HelmInstall { Remediation = new HelmRemediation { Retries = 5 } },
                    });
                    break;
                case "values-replaced":
                    app.Release(spec => spec with { Values = ChartValues.Of(new AppTemplateValues()) });
                    break;
                case "values-removed":
                    app.Release(spec => spec with { Values = null });
                    break;
                case "shared-chart":
                    app.Release(spec => spec with { ChartRef = new CrossNamespaceObjectReference { Kind = "OCIRepository", Name = "app-template", Namespace = "flux-system" } });
                    break;
            }
        }
    }
}
