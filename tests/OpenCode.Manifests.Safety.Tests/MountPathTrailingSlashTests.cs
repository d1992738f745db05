using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2027 and the trailing '/' real releases write: the kubelet cleans one trailing '/' ('/data/' mounts at
/// '/data'), so it passes; a doubled one ('/data//', an empty segment) or a relative path is still reported at the
/// mount's line. Paths are computed at run time, where the analyzer cannot see them.
/// </summary>
public sealed class MountPathTrailingSlashTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/store", Tag = "1.2.3" };

    private static string Runtime(string value) => new(value.ToCharArray());

    [Theory]
    [InlineData("/data")]
    [InlineData("/data/")]
    [InlineData("/var/lib/data/")]
    public void An_absolute_path_with_at_most_one_trailing_slash_passes(string path)
    {
        ReportedAt.Nothing(Run(new Store(path)), path);
    }

    [Theory]
    [InlineData("/data//")]
    [InlineData("/data///")]
    [InlineData("data")]
    [InlineData("data/")]
    [InlineData("/data/../")]
    public void Negative_control_a_doubled_slash_or_a_relative_path_is_OCM2027_at_the_mount(string path)
    {
        ReportedAt.Line(Run(new Store(path)), "OCM2027", InProcessPipeline.Marked("mount-path"), path);
    }

    [Fact]
    public void A_trailing_slash_does_not_hide_a_second_mount_at_the_same_path()
    {
        // '/data/' and '/data' are one path to the kubelet, which refuses the pod: OCM2013 at the second mount.
        ReportedAt.Line(Run(new Store("/data/") { Twice = true }), "OCM2013", InProcessPipeline.Marked("second-mount"), "'/data/' and '/data'");
    }

    private static Pipeline.Emission Run(Store app) => InProcessPipeline.Run((app, InProcessPipeline.Marked("record Store")));

    /// <summary>A volume mounted at <paramref name="Path"/>; with <see cref="Twice"/> another volume at '/data'.</summary>
    private sealed record Store(string Path) : AppTemplateApp("store", "default") //@record Store
    {
        public bool Twice { get; init; }

        protected override void Compose(AppBuilder app)
        {
            var store = app.Controller("store").Container("app", Image).Admitted();
            app.EmptyDir("data").MountInto(store, Runtime(Path)); //@mount-path
            if (Twice)
            {
                app.EmptyDir("other").MountInto(store, Runtime("/data")); //@second-mount
            }
        }
    }
}
