using System;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2017 for an image tagged <c>latest</c> or untagged in the final values (here set through <c>Customize</c>, at
/// run time, where the analyzer's OCM1112 cannot see it), reported at the <c>Customize</c> line;
/// <c>app.AcceptUnpinnedImage(controller, container)</c> accepts exactly that container's moving image. A tag that
/// carries its digest (<c>1.2.3@sha256:…</c>, the community's usual pin) is pinned and well-formed.
/// </summary>
public sealed class AcceptUnpinnedImageTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly ContainerImage Pinned = new() { Repository = "ghcr.io/example/debug", Tag = "1.2.3" };

    // Not a compile-time constant: the analyzers do not see it, only the build's rules do.
    private static string Runtime(string value) => new(value.ToCharArray());

    [Theory]
    [InlineData("latest-through-customize")]
    [InlineData("untagged-through-customize")]
    public void Negative_control_an_unpinned_image_is_OCM2017_at_the_Customize(string which)
    {
        var emission = Run(new Tools(which, Accept: null));
        ReportedAt.Line(emission, "OCM2017", InProcessPipeline.Marked(which), which);
    }

    [Theory]
    [InlineData("latest-through-customize")]
    [InlineData("untagged-through-customize")]
    public void The_accepted_container_is_not_reported(string which)
    {
        var emission = Run(new Tools(which, ("tools", "debug")));
        ReportedAt.Nothing(emission, which);
    }

    [Theory]
    [InlineData("tools", "shell")]
    [InlineData("toolbox", "debug")]
    public void Negative_control_accepting_another_container_still_reports_this_one(string controller, string container)
    {
        var emission = Run(new Tools("latest-through-customize", (controller, container)));
        ReportedAt.Line(emission, "OCM2017", InProcessPipeline.Marked("latest-through-customize"), $"accepted ({controller}, {container})");
    }

    [Theory]
    [InlineData("1.2.3@" + Digest)]
    [InlineData("latest@" + Digest)]
    public void A_tag_carrying_its_digest_is_neither_OCM2017_nor_OCM2026_and_is_written_as_given(string tag)
    {
        var emission = Run(new Tools("tag", Accept: null) { Tag = tag });
        ReportedAt.Nothing(emission, tag);
        var release = emission.Files.Single(f => f.RelativePath.EndsWith("/scratch-tools/app/helmrelease.yaml", StringComparison.Ordinal));
        Assert.Contains(tag, Encoding.UTF8.GetString(release.Content.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.3@sha256:0123456789abcdef")]
    [InlineData("1.2.3@" + Digest + "0z")]
    public void Negative_control_a_tag_with_a_malformed_digest_is_OCM2026_at_the_image(string tag)
    {
        var emission = Run(new Tools("tag", Accept: null) { Tag = tag });
        ReportedAt.Line(emission, "OCM2026", InProcessPipeline.Marked("image-with-tag"), tag);
    }

    private static Pipeline.Emission Run(Tools app) => InProcessPipeline.Run((app, InProcessPipeline.Marked("record Tools")));

    /// <summary>
    /// A debug container whose image a Customize replaces, or that <see cref="Tag"/> tags; <paramref name="Accept"/> the
    /// (controller, container) accepted unpinned.
    /// </summary>
    private sealed record Tools(string Which, (string Controller, string Container)? Accept) : AppTemplateApp("scratch-tools", "default") //@record Tools
    {
        public string Tag { get; init; } = "";

        protected override void Compose(AppBuilder app)
        {
            var debug = Tag.Length == 0
                ? app.Controller("tools").Container("debug", Pinned).Admitted()
                : app.Controller("tools").Container("debug", new ContainerImage { Repository = "ghcr.io/example/debug", Tag = Runtime(Tag) }).Admitted(); //@image-with-tag
            switch (Which)
            {
                case "latest-through-customize":
                    debug.Customize(c => c with { Image = new ContainerImage { Repository = "ghcr.io/example/debug", Tag = Runtime("latest") } }); //@latest-through-customize
                    break;
                case "untagged-through-customize":
                    debug.Customize(c => c with { Image = new ContainerImage { Repository = Runtime("ghcr.io/example/shell") } }); //@untagged-through-customize
                    break;
            }

            if (Accept is { } accepted)
            {
                app.AcceptUnpinnedImage(accepted.Controller, accepted.Container);
            }
        }
    }
}
