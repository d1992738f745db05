using System.Collections.Generic;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2014 for an <c>advancedMounts</c> entry (written through <c>Customize</c>) naming a container or controller that
/// does not exist, reported at the <c>Customize</c> line; <c>app.AcceptIgnoredMount(volume, controller, container)</c>
/// keeps exactly that entry (an imported release as written) without the report.
/// </summary>
public sealed class AcceptIgnoredMountTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/web", Tag = "1.2.3" };

    public static TheoryData<string, string, string, string?> Accepted => new()
    {
        { "mount-for-missing-container", "cache", "main", "sidecar" },
        { "mount-for-missing-controller", "cache", "worker", null },
    };

    // The same entries, accepted with one part wrong: each acceptance covers its own entry only.
    public static TheoryData<string, string, string, string?> AcceptedOtherEntry => new()
    {
        { "mount-for-missing-container", "data", "main", "sidecar" },
        { "mount-for-missing-container", "cache", "main", "app" },
        { "mount-for-missing-controller", "cache", "worker", "app" },
        { "mount-for-missing-controller", "cache", "main", null },
    };

    [Theory]
    [InlineData("mount-for-missing-container")]
    [InlineData("mount-for-missing-controller")]
    public void Negative_control_an_advanced_mount_naming_nothing_is_OCM2014_at_the_Customize(string which)
    {
        var emission = Run(new Cached(which, Accept: null));
        ReportedAt.Line(emission, "OCM2014", InProcessPipeline.Marked(which), which);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void The_accepted_entry_is_not_reported(string which, string volume, string controller, string? container)
    {
        var emission = Run(new Cached(which, (volume, controller, container)));
        ReportedAt.Nothing(emission, which);
    }

    [Theory]
    [MemberData(nameof(AcceptedOtherEntry))]
    public void Negative_control_accepting_another_entry_still_reports_this_one(string which, string volume, string controller, string? container)
    {
        var emission = Run(new Cached(which, (volume, controller, container)));
        ReportedAt.Line(emission, "OCM2014", InProcessPipeline.Marked(which), $"{which}, accepted ({volume}, {controller}, {container ?? "null"})");
    }

    private static Pipeline.Emission Run(Cached app) => InProcessPipeline.Run((app, InProcessPipeline.Marked("record Cached")));

    /// <summary>A cache mounted into the app by its handle, plus one advancedMounts entry naming nothing.</summary>
    private sealed record Cached(string Which, (string Volume, string Controller, string? Container)? Accept) : AppTemplateApp("cached", "default") //@record Cached
    {
        protected override void Compose(AppBuilder app)
        {
            var web = app.Controller("main").Container("app", Image).Admitted();
            app.EmptyDir("cache").MountInto(web, "/cache");
            var mount = new List<MountPoint> { new() { Path = "/cache" } };
            switch (Which)
            {
                case "mount-for-missing-container":
                    app.Builder.Customize(v => v with { Persistence = WithCache(v, new() { ["main"] = new() { ["app"] = mount, ["sidecar"] = mount } }) }); //@mount-for-missing-container
                    break;
                case "mount-for-missing-controller":
                    app.Builder.Customize(v => v with { Persistence = WithCache(v, new() { ["main"] = new() { ["app"] = mount }, ["worker"] = new() { ["app"] = mount } }) }); //@mount-for-missing-controller
                    break;
            }

            if (Accept is { } accepted)
            {
                app.AcceptIgnoredMount(accepted.Volume, accepted.Controller, accepted.Container);
            }
        }

        private static Dictionary<string, PersistenceItem> WithCache(AppTemplateValues values, Dictionary<string, Dictionary<string, List<MountPoint>>> advancedMounts) =>
            new(values.Persistence!) { ["cache"] = ((PersistenceItem.EmptyDir)values.Persistence!["cache"]) with { AdvancedMounts = advancedMounts } };
    }
}
