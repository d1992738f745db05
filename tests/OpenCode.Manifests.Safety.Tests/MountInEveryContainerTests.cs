using System.Collections.Generic;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2014 for a volume handle the final values mount nowhere (the chart then mounts it into every container at
/// <c>/&lt;id&gt;</c>), reported at the handle's declaration; <c>VolumeHandle.MountInEveryContainer()</c> says that
/// default is meant. The rule judges the final values: mounts written through <c>Customize</c> count, and mounts the
/// handle made but <c>Customize</c> removed do not.
/// </summary>
public sealed class MountInEveryContainerTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/tool", Tag = "1.2.3" };

    [Theory]
    [InlineData("4.4.0")]
    [InlineData("5.1.0")]
    public void Negative_control_a_volume_never_mounted_is_OCM2014_at_its_declaration(string chart)
    {
        var emission = Run(new Scratch("never-mounted") { Chart = AppTemplate(chart) });
        ReportedAt.Line(emission, "OCM2014", InProcessPipeline.Marked("never-mounted"), "never mounted, " + chart);
    }

    [Theory]
    [InlineData("4.4.0")]
    [InlineData("5.1.0")]
    public void A_volume_said_to_mount_in_every_container_is_not_reported_and_keeps_the_chart_default(string chart)
    {
        var emission = Run(new Scratch("in-every-container") { Chart = AppTemplate(chart) });
        ReportedAt.Nothing(emission, "MountInEveryContainer, " + chart);

        // The values leave the mounts to the chart (no globalMounts, no advancedMounts), as the handle said.
        var volume = Assert.Single(emission.Apps[0].Release!.Workload.Volumes, v => v.Id == "scratch");
        Assert.True(volume.MountedByDefault);
    }

    [Fact]
    public void A_volume_whose_globalMounts_are_set_through_Customize_is_not_reported()
    {
        var emission = Run(new Scratch("global-mounts-through-customize"));
        ReportedAt.Nothing(emission, "globalMounts through Customize");
        Assert.False(Assert.Single(emission.Apps[0].Release!.Workload.Volumes, v => v.Id == "scratch").MountedByDefault);
    }

    [Theory]
    [InlineData("customize-without-mounts")]
    [InlineData("customize-empties-global-mounts")]
    [InlineData("customize-removes-handle-mounts")]
    public void Negative_control_a_Customize_that_leaves_the_volume_without_mounts_is_OCM2014_at_the_declaration(string which)
    {
        var emission = Run(new Scratch(which));
        ReportedAt.Line(emission, "OCM2014", InProcessPipeline.Marked(which + "-declared"), which);
    }

    private static ChartSource AppTemplate(string version) => new("oci://ghcr.io/bjw-s-labs/helm/app-template", version);

    private static Pipeline.Emission Run(Scratch app) => InProcessPipeline.Run((app, InProcessPipeline.Marked("record Scratch")));

    /// <summary>One container and a scratch volume, mounted (or not) as <paramref name="Which"/> says.</summary>
    private sealed record Scratch(string Which) : AppTemplateApp("scratch", "default") //@record Scratch
    {
        protected override void Compose(AppBuilder app)
        {
            var tool = app.Controller("tool").Container("app", Image).Admitted();
            switch (Which)
            {
                case "never-mounted":
                    app.EmptyDir("scratch"); //@never-mounted
                    break;
                case "in-every-container":
                    app.EmptyDir("scratch").MountInEveryContainer();
                    break;
                case "global-mounts-through-customize":
                    app.EmptyDir("scratch");
                    app.Builder.Customize(v => v with { Persistence = WithScratch(v, s => s with { GlobalMounts = new() { new MountPoint { Path = "/scratch" } } }) });
                    break;
                case "customize-without-mounts":
                    app.EmptyDir("scratch"); //@customize-without-mounts-declared
                    app.Builder.Customize(v => v with { Persistence = WithScratch(v, s => s with { SizeLimit = "1Gi" }) });
                    break;
                case "customize-empties-global-mounts":
                    app.EmptyDir("scratch"); //@customize-empties-global-mounts-declared
                    app.Builder.Customize(v => v with { Persistence = WithScratch(v, s => s with { GlobalMounts = new() }) });
                    break;
                case "customize-removes-handle-mounts":
                    app.EmptyDir("scratch").MountInto(tool, "/scratch"); //@customize-removes-handle-mounts-declared
                    app.Builder.Customize(v => v with { Persistence = WithScratch(v, s => s with { AdvancedMounts = null }) });
                    break;
            }
        }

        private static Dictionary<string, PersistenceItem> WithScratch(AppTemplateValues values, System.Func<PersistenceItem.EmptyDir, PersistenceItem.EmptyDir> change) =>
            new(values.Persistence!) { ["scratch"] = change((PersistenceItem.EmptyDir)values.Persistence!["scratch"]) };
    }
}
