using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenCode.Manifests.AppTemplate.V5;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the C# for one app-template 5.x release, never 4.x code for a 5.x chart: controllers and containers as
/// handles (<c>app.Controller</c>, <c>.Container(id, image)</c>), then the 5.x escape hatches (<c>CustomizeV5</c>)
/// for what the handles do not set, compared level by level with what the same handles build here in-process
/// (containers, then controllers, then the release: persistence, services, routes, pod defaults). A release whose
/// controller or container keys are not DNS labels is written as its typed 5.x values in one escape hatch.
/// </summary>
internal sealed class V5ReleaseCodeWriter
{
    private const int BodyIndent = 2;
    private readonly ImportContext context;
    private readonly CSharpValueWriter values;
    private readonly WithStatement with;

    public V5ReleaseCodeWriter(ImportContext context)
    {
        this.context = context;
        values = new CSharpValueWriter(context, CSharpTypeNames.V5);
        with = new WithStatement(context, values);
    }

    /// <summary>The namespaces the written code names types from.</summary>
    public IEnumerable<string> Usings => values.TypeNames.ImportedNamespaces;

    /// <summary>The body of the app's <c>Compose</c>; YAML anchors used twice are locals declared first.</summary>
    public string WriteBody(ReleaseDocument document, AppTemplateValues target)
    {
        var statements = HandlesExpress(target) ? WithHandles(document, target) : new List<string> { WholeValues(target) };
        var body = new StringBuilder();
        foreach (var (local, literal) in context.SharedLocals)
        {
            body.Append(Pad(BodyIndent)).Append("var ").Append(local).Append(" = ").Append(literal).Append(";\n");
        }

        foreach (var statement in statements)
        {
            body.Append(Pad(BodyIndent)).Append(statement).Append('\n');
        }

        return body.ToString();
    }

    /// <summary>Controller and container keys the handles take (DNS labels; an init container not named like a container).</summary>
    private static bool HandlesExpress(AppTemplateValues target) =>
        (target.Controllers ?? new()).All(controller => ConstraintSyntax.IsDnsLabel(controller.Key)
            && (controller.Value.Containers ?? new()).Keys.Concat((controller.Value.InitContainers ?? new()).Keys).All(ConstraintSyntax.IsDnsLabel)
            && !(controller.Value.Containers ?? new()).Keys.Intersect((controller.Value.InitContainers ?? new()).Keys).Any());

    private string WholeValues(AppTemplateValues target) =>
        "app.Builder.CustomizeV5(_ => " + values.Write(target, typeof(AppTemplateValues), null, ValuePath.Root, BodyIndent) + ");";

    private List<string> WithHandles(ReleaseDocument document, AppTemplateValues target)
    {
        var statements = new List<string>();
        var release = new AppTemplateBuilder(document.Name, AppTemplateMajor.V5);
        var controllers = new List<(ControllerHandle Handle, string Variable, Controller Target, ValuePath Path)>();
        var containers = new List<(ContainerHandle Handle, string Variable, Container Target, ValuePath Path)>();
        foreach (var (id, controller) in target.Controllers ?? new())
        {
            var variable = context.Locals.Local(id);
            // Without a type the chart makes a deployment: the handle is declared without one, as a person would.
            var type = controller.Type is { } five ? Enum.Parse<AppTemplate.ControllerType>(five.ToString()) : (AppTemplate.ControllerType?)null;
            var handle = release.Controller(id, type);
            statements.Add($"var {variable} = app.Controller({CSharpLiterals.Quote(id)}{(type is { } t ? ", ControllerType." + t : "")});");
            var path = ValuePath.Root.Key("controllers").Key(id);
            controllers.Add((handle, variable, controller, path));
            foreach (var (isInit, map, key) in new[] { (false, controller.Containers, "containers"), (true, controller.InitContainers, "initContainers") })
            {
                foreach (var (containerId, container) in map ?? new())
                {
                    containers.Add(DeclareContainer(statements, handle, variable, containerId, container, isInit, path.Key(key).Key(containerId)));
                }
            }
        }

        // Containers, then controllers, then the release: each level compared after the level below is settled.
        foreach (var (handle, variable, wanted, path) in containers)
        {
            var controllerValues = release.BuildV5().Controllers![handle.Controller.Id];
            var built = (handle.IsInit ? controllerValues.InitContainers : controllerValues.Containers)![handle.Id];
            var differing = ValueDiff.DifferingMembers(built, wanted);
            if (differing.Count > 0)
            {
                statements.Add(with.Write($"{variable}.CustomizeV5(container => container with", wanted, differing, path, BodyIndent));
            }

            handle.CustomizeV5(_ => wanted);
        }

        foreach (var (handle, variable, wanted, path) in controllers)
        {
            var built = release.BuildV5().Controllers![handle.Id];
            var differing = ValueDiff.DifferingMembers(built, wanted);
            if (differing.Count > 0)
            {
                statements.Add(with.Write($"{variable}.CustomizeV5(controller => controller with", wanted, differing, path, BodyIndent));
            }

            handle.CustomizeV5(_ => wanted);
        }

        var releaseDiffering = ValueDiff.DifferingMembers(release.BuildV5(), target);
        if (releaseDiffering.Count > 0)
        {
            statements.Add(with.Write("app.Builder.CustomizeV5(values => values with", target, releaseDiffering, ValuePath.Root, BodyIndent));
        }

        return statements;
    }

    private (ContainerHandle, string, Container, ValuePath) DeclareContainer(List<string> statements, ControllerHandle controller, string controllerVariable,
        string id, Container container, bool isInit, ValuePath path)
    {
        var variable = context.Locals.Local(controller.Id, id);
        // The handle takes the image's repository, tag and digest; anything else of the image (pullPolicy) is set by
        // the container's escape hatch. A container without an image (defaultContainerOptions gives one) gets an
        // empty one that the escape hatch sets back.
        var image = new ContainerImage { Repository = container.Image?.Repository, Tag = container.Image?.Tag, Digest = container.Image?.Digest };
        var handleImage = new AppTemplate.ContainerImage { Repository = image.Repository, Tag = image.Tag, Digest = image.Digest };
        var handle = isInit ? controller.InitContainer(id, handleImage) : controller.Container(id, handleImage);
        var call = $"var {variable} = {controllerVariable}.{(isInit ? "InitContainer" : "Container")}({CSharpLiterals.Quote(id)}, ";
        statements.Add(call + values.WriteProperty(image, typeof(ContainerImage), null, path.Key("image"), BodyIndent, call.Length + 1) + ");");
        return (handle, variable, container, path);
    }

    private static string Pad(int indent) => new(' ', indent * 4);
}
