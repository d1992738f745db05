using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Rendering;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// A controller declared without a type is the chart's default, a deployment: the handle says so, and the values
/// leave <c>type</c> out (as a person writes them, and as 158 of the 177 imported 4.x releases had them); a type
/// given, even <c>deployment</c>, is written.
/// </summary>
public sealed class ControllerTypeTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/notes", Tag = "1.0.0" };

    [Fact]
    public void A_controller_without_a_type_is_a_deployment_whose_values_leave_type_to_the_chart()
    {
        var builder = new AppTemplateBuilder("notes");
        var main = builder.Controller("main");
        main.Container("app", Image);

        Assert.Equal(ControllerType.Deployment, main.Type);
        Assert.False(main.IsTypeWritten);
        Assert.Null(builder.Build().Controllers!["main"].Type);
        Assert.DoesNotContain("type:", YamlRenderer.Render(builder.Build()), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_5x_controller_without_a_type_leaves_it_out_too()
    {
        var builder = new AppTemplateBuilder("notes", AppTemplateMajor.V5);
        builder.Controller("main").Container("app", Image);

        Assert.Null(builder.BuildV5().Controllers!["main"].Type);
    }

    [Theory]
    [InlineData(ControllerType.Deployment, "deployment")]
    [InlineData(ControllerType.Statefulset, "statefulset")]
    public void A_type_given_is_written_even_the_default(ControllerType type, string yaml)
    {
        var builder = new AppTemplateBuilder("notes");
        var main = builder.Controller("main", type);
        main.Container("app", Image);

        Assert.True(main.IsTypeWritten);
        Assert.Equal(type, builder.Build().Controllers!["main"].Type);
        Assert.Contains("type: " + yaml + "\n", YamlRenderer.Render(builder.Build()), System.StringComparison.Ordinal);
    }
}
