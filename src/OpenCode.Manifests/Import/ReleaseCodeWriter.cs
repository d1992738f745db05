using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the C# for one release: an <see cref="AppTemplateBuilder"/> with controller, container, volume, service
/// and route handles for what handles express (mounts as <c>volume.MountInto(container, path, subPath)</c>), and
/// <c>Customize</c> escape hatches with typed values for the rest. The same builder is run here, in-process, and
/// compared with the input property by property, so every escape hatch sets exactly what the handles do not
/// produce: the generated code builds the input's values, nothing more or less.
/// </summary>
internal sealed class ReleaseCodeWriter
{
    private const int BodyIndent = 2;
    private readonly ImportContext context;
    private readonly CSharpValueWriter values;
    private readonly CSharpIdentifiers locals;
    private readonly List<string> statements = new();

    public ReleaseCodeWriter(ImportContext context)
    {
        this.context = context;
        locals = context.Locals;
        values = new CSharpValueWriter(context, CSharpTypeNames.V4);
        foreach (var reserved in new[] { "release", "values", "controller", "container", "persistence", "service", "route" })
        {
            locals.Local(reserved);
        }
    }

    /// <summary>The namespaces the written code names types from.</summary>
    public IEnumerable<string> Usings => values.TypeNames.ImportedNamespaces;

    /// <summary>The body of the app's <c>Compose</c>: handles on <c>app.Builder</c>, then the escape hatches.</summary>
    public string WriteBody(ReleaseDocument document, AppTemplateValues target) => WriteBuilderBody(document, target);

    private static string Pad(int indent) => new(' ', indent * 4);

    private string WriteBuilderBody(ReleaseDocument document, AppTemplateValues target)
    {
        var release = new AppTemplateBuilder(document.Name);
        statements.Add("var release = app.Builder;");
        var controllers = DeclareControllers(release, target);
        var volumes = DeclareVolumes(release, target, controllers);
        var services = DeclareServices(release, target, controllers);
        var routes = DeclareRoutes(release, target, services);

        // Containers, then controllers, then the release: each level compared after the level below is settled.
        foreach (var controller in controllers.Values)
        {
            foreach (var container in controller.Containers)
            {
                var built = BuiltContainer(release, container.Handle);
                var wanted = container.Target;
                var differing = ValueDiff.DifferingMembers(built, wanted);
                if (differing.Count > 0)
                {
                    statements.Add(Fold($"{container.Variable}.Customize(container => container with", WithBody(wanted, differing, container.Path, BodyIndent), ");", BodyIndent));
                }

                container.Handle.Customize(_ => wanted);
            }
        }

        foreach (var controller in controllers.Values)
        {
            var built = release.Build().Controllers![controller.Handle.Id];
            var differing = ValueDiff.DifferingMembers(built, controller.Target);
            if (differing.Count > 0)
            {
                statements.Add(Fold($"{controller.Variable}.Customize(controller => controller with", WithBody(controller.Target, differing, controller.Path, BodyIndent), ");", BodyIndent));
            }

            var wanted = controller.Target;
            controller.Handle.Customize(_ => wanted);
        }

        WriteReleaseCustomize(release.Build(), target, volumes, services, routes);
        statements.InsertRange(0, context.SharedLocals.Select(shared => $"var {shared.Local} = {shared.Literal};"));
        return string.Concat(statements.Select(statement => Pad(BodyIndent) + statement + "\n"));
    }

    private static Container BuiltContainer(AppTemplateBuilder release, ContainerHandle handle)
    {
        var controller = release.Build().Controllers![handle.Controller.Id];
        return (handle.IsInit ? controller.InitContainers : controller.Containers)![handle.Id];
    }

    /// <summary>
    /// <c>head { A = 1 }tail</c> on one line when the body's members are one short line together, else the body
    /// under the head.
    /// </summary>
    private static string Fold(string head, string body, string tail, int indent)
    {
        var lines = body.Split('\n');
        if (lines.Length >= 3 && lines.Skip(1).Take(lines.Length - 2).All(line => !line.Contains("//", System.StringComparison.Ordinal)))
        {
            var members = lines.Skip(1).Take(lines.Length - 2).Select(line => line.Trim()).ToList();
            var joined = string.Join(" ", members).TrimEnd(',');
            var inline = head + " { " + joined + " }" + tail;
            var depth = members.Sum(m => m.Count(c => c is '{' or '(')) - members.Sum(m => m.Count(c => c is '}' or ')'));
            if (depth == 0 && members.All(m => m.EndsWith(',')) && Pad(indent).Length + inline.Length <= 120)
            {
                return inline;
            }
        }

        return head + "\n" + Pad(indent) + body + tail;
    }

    private string WithBody(object target, IReadOnlyList<WritableMember> members, ValuePath path, int indent)
    {
        var builder = new StringBuilder("{\n");
        foreach (var member in members)
        {
            var memberPath = member.YamlKey is null ? path : path.Key(member.YamlKey);
            builder.Append(Pad(indent + 1)).Append(member.Property.Name).Append(" = ")
                .Append(values.Write(member.Property.GetValue(target), member.Property.PropertyType, member.Nullability, memberPath, indent + 1))
                .Append(",\n");
            if (member.IsExtensionData && member.Property.GetValue(target) is System.Collections.IDictionary extra)
            {
                foreach (System.Collections.DictionaryEntry entry in extra)
                {
                    context.Report(DiagnosticCatalog.KeptAsFreeForm,
                        $"{path.Key((string)entry.Key)}: the app-template model has no property '{entry.Key}' here; it is kept as free-form YAML in AdditionalValues (check the key: the chart may ignore it).",
                        path.Key((string)entry.Key));
                }
            }
        }

        return builder.Append(Pad(indent)).Append('}').ToString();
    }

    private Dictionary<string, DeclaredController> DeclareControllers(AppTemplateBuilder release, AppTemplateValues target)
    {
        var result = new Dictionary<string, DeclaredController>();
        foreach (var (id, controller) in target.Controllers ?? new Dictionary<string, Controller>())
        {
            var variable = locals.Local(id);
            var type = controller.Type ?? ControllerType.Deployment;
            var handle = release.Controller(id, type);
            statements.Add($"var {variable} = release.Controller({CSharpLiterals.Quote(id)}, ControllerType.{type});");
            var path = ValuePath.Root.Key("controllers").Key(id);
            var declared = new DeclaredController(handle, variable, controller, path);
            foreach (var (containerId, container) in controller.Containers ?? new Dictionary<string, Container>())
            {
                declared.Containers.Add(DeclareContainer(declared, containerId, container, isInit: false, path.Key("containers").Key(containerId)));
            }

            foreach (var (containerId, container) in controller.InitContainers ?? new Dictionary<string, Container>())
            {
                // The builder keeps init containers and containers in one namespace; a clash stays a typed value.
                if (controller.Containers?.ContainsKey(containerId) != true)
                {
                    declared.Containers.Add(DeclareContainer(declared, containerId, container, isInit: true, path.Key("initContainers").Key(containerId)));
                }
            }

            result[id] = declared;
        }

        return result;
    }

    private DeclaredContainer DeclareContainer(DeclaredController controller, string id, Container container, bool isInit, ValuePath path)
    {
        var variable = locals.Local(controller.Handle.Id, id);
        // A container without an image (it inherits one from defaultContainerOptions) gets a placeholder the
        // container's Customize sets back to null; the builder requires one.
#pragma warning disable OCM1112
        var image = container.Image ?? new ContainerImage();
#pragma warning restore OCM1112
        var handle = isInit ? controller.Handle.InitContainer(id, image) : controller.Handle.Container(id, image);
        var method = isInit ? "InitContainer" : "Container";
        statements.Add($"var {variable} = {controller.Variable}.{method}({CSharpLiterals.Quote(id)}, {values.Write(image, typeof(ContainerImage), null, path.Key("image"), BodyIndent)});");
        return new DeclaredContainer(handle, variable, container, path);
    }

    private Dictionary<string, DeclaredVolume> DeclareVolumes(AppTemplateBuilder release, AppTemplateValues target, Dictionary<string, DeclaredController> controllers)
    {
        var result = new Dictionary<string, DeclaredVolume>();
        foreach (var (id, item) in target.Persistence ?? new Dictionary<string, PersistenceItem>())
        {
            VolumeHandle handle;
            string declaration;
            var variable = locals.Local(id, "volume");
            switch (item)
            {
                case PersistenceItem.ExistingClaim claim:
                    handle = release.ExistingClaim(id, claim.ExistingClaimValue);
                    declaration = $"var {variable} = release.ExistingClaim({CSharpLiterals.Quote(id)}, {CSharpLiterals.Quote(claim.ExistingClaimValue)});";
                    break;
                case PersistenceItem.EmptyDir emptyDir:
                    handle = release.EmptyDir(id, emptyDir.SizeLimit);
                    declaration = $"var {variable} = release.EmptyDir({CSharpLiterals.Quote(id)}{(emptyDir.SizeLimit is null ? "" : ", sizeLimit: " + CSharpLiterals.Quote(emptyDir.SizeLimit))});";
                    break;
                default:
                    ReportDanglingMounts(id, AdvancedMountsOf(item), controllers);
                    continue;
            }

            if (item.GetType().GetProperty("GlobalMounts")?.GetValue(item) is not System.Collections.ICollection { Count: > 0 } && AdvancedMountsOf(item) is not { Count: > 0 })
            {
                // No mounts in the input: the chart mounts it into every container, and the code says so.
                handle.MountInEveryContainer();
                declaration = string.Concat(System.MemoryExtensions.AsSpan(declaration, 0, declaration.Length - 1), ".MountInEveryContainer();");
            }

            statements.Add(declaration);
            result[id] = new DeclaredVolume(handle, variable, item);
            var advanced = AdvancedMountsOf(item);
            ReportDanglingMounts(id, advanced, controllers);
            foreach (var (controllerId, byContainer) in advanced ?? new())
            {
                foreach (var (containerId, mounts) in byContainer)
                {
                    var container = controllers.TryGetValue(controllerId, out var declared)
                        ? declared.Containers.FirstOrDefault(c => c.Handle.Id == containerId)
                        : null;
                    if (container is null)
                    {
                        continue;
                    }

                    foreach (var mount in mounts.Where(m => m.Path is not null))
                    {
                        handle.MountInto(container.Handle, mount.Path!, mount.SubPath, mount.ReadOnly == true);
                        var arguments = new StringBuilder().Append(container.Variable).Append(", ").Append(CSharpLiterals.Quote(mount.Path!));
                        if (mount.SubPath is not null) arguments.Append(", subPath: ").Append(CSharpLiterals.Quote(mount.SubPath));
                        if (mount.ReadOnly == true) arguments.Append(", readOnly: true");
                        statements.Add($"{variable}.MountInto({arguments});");
                    }
                }
            }
        }

        return result;
    }

    private static Dictionary<string, Dictionary<string, List<MountPoint>>>? AdvancedMountsOf(PersistenceItem item) =>
        item.GetType().GetProperty("AdvancedMounts")?.GetValue(item) as Dictionary<string, Dictionary<string, List<MountPoint>>>;

    /// <summary>The chart silently ignores advancedMounts keys that name nothing: the volume is then not mounted.</summary>
    private void ReportDanglingMounts(string volumeId, Dictionary<string, Dictionary<string, List<MountPoint>>>? advanced, Dictionary<string, DeclaredController> controllers)
    {
        foreach (var (controllerId, byContainer) in advanced ?? new())
        {
            var path = ValuePath.Root.Key("persistence").Key(volumeId).Key("advancedMounts").Key(controllerId);
            if (!controllers.TryGetValue(controllerId, out var controller))
            {
                context.Report(DiagnosticCatalog.DanglingMount,
                    $"{path}: no controller '{controllerId}' exists; the chart ignores these mounts and volume '{volumeId}' is not mounted there. Imported as written.",
                    path);
                continue;
            }

            foreach (var containerId in byContainer.Keys)
            {
                var exists = controller.Target.Containers?.ContainsKey(containerId) == true || controller.Target.InitContainers?.ContainsKey(containerId) == true;
                if (!exists)
                {
                    context.Report(DiagnosticCatalog.DanglingMount,
                        $"{path.Key(containerId)}: controller '{controllerId}' has no container '{containerId}'; the chart ignores these mounts and volume '{volumeId}' is not mounted there. Imported as written.",
                        path.Key(containerId));
                }
            }
        }
    }

    private Dictionary<string, DeclaredService> DeclareServices(AppTemplateBuilder release, AppTemplateValues target, Dictionary<string, DeclaredController> controllers)
    {
        var result = new Dictionary<string, DeclaredService>();
        foreach (var (id, service) in target.Service ?? new Dictionary<string, Service>())
        {
            if (service.Controller is null || !controllers.TryGetValue(service.Controller, out var controller) || service.Ports is not { Count: > 0 })
            {
                continue;
            }

            var (portName, port) = service.Ports.First();
            if (port.Port is not { IsInteger: true } number || number.IntegerValue is < 1 or > 65535)
            {
                continue;
            }

            var variable = locals.Local(id, "service");
            var handle = release.Service(id, controller.Handle, portName, (int)number.IntegerValue, port.AppProtocol);
            statements.Add($"var {variable} = release.Service({CSharpLiterals.Quote(id)}, {controller.Variable}, {CSharpLiterals.Quote(portName)}, {number.IntegerValue}"
                + (port.AppProtocol is null ? "" : ", appProtocol: " + CSharpLiterals.Quote(port.AppProtocol)) + ");");
            result[id] = new DeclaredService(handle, variable, service);
        }

        return result;
    }

    private Dictionary<string, DeclaredRoute> DeclareRoutes(AppTemplateBuilder release, AppTemplateValues target, Dictionary<string, DeclaredService> services)
    {
        var result = new Dictionary<string, DeclaredRoute>();
        foreach (var (id, route) in target.Route ?? new Dictionary<string, Route>())
        {
            if (route.Hostnames is null
                || route.ParentRefs is not [{ Namespace: { } gatewayNamespace, SectionName: { } section } parent]
                || route.Rules is not [{ BackendRefs: [{ Identifier: { } identifier }] } rule]
                || !services.TryGetValue(identifier, out var service))
            {
                continue;
            }

            var variable = locals.Local(id, "route");
            var handle = release.Route(id, service.Handle, new GatewayReference(parent.Name, gatewayNamespace, section), route.Hostnames);
            handle.RequestTimeout = rule.Timeouts?.Request;
            statements.Add($"var {variable} = release.Route({CSharpLiterals.Quote(id)}, {service.Variable}, new GatewayReference({CSharpLiterals.Quote(parent.Name)}, {CSharpLiterals.Quote(gatewayNamespace)}, {CSharpLiterals.Quote(section)}), "
                + $"new[] {{ {string.Join(", ", route.Hostnames.Select(CSharpLiterals.Quote))} }});");
            statements.Add($"{variable}.RequestTimeout = {(handle.RequestTimeout is null ? "null" : CSharpLiterals.Quote(handle.RequestTimeout))};");
            result[id] = new DeclaredRoute(handle, variable, route);
        }

        return result;
    }

    private void WriteReleaseCustomize(AppTemplateValues built, AppTemplateValues target,
        Dictionary<string, DeclaredVolume> volumes, Dictionary<string, DeclaredService> services, Dictionary<string, DeclaredRoute> routes)
    {
        var lines = new List<string>();
        var replaced = new List<string>();
        var root = ValuePath.Root;
        WriteEntries(lines, replaced, "Persistence", "persistence", built.Persistence, target.Persistence, volumes.Keys, root.Key("persistence"));
        WriteEntries(lines, replaced, "Service", "service", built.Service, target.Service, services.Keys, root.Key("service"));
        WriteEntries(lines, replaced, "Route", "route", built.Route, target.Route, routes.Keys, root.Key("route"));
        var differing = ValueDiff.DifferingMembers(built, target, "Persistence", "Service", "Route");
        if (lines.Count == 0 && replaced.Count == 0 && differing.Count == 0)
        {
            return;
        }

        var indent = BodyIndent + 1;
        var body = new StringBuilder("release.Customize(values =>\n").Append(Pad(BodyIndent)).Append("{\n");
        foreach (var line in lines)
        {
            body.Append(Pad(indent)).Append(line).Append('\n');
        }

        if (replaced.Count == 0 && differing.Count == 0)
        {
            body.Append(Pad(indent)).Append("return values;\n");
        }
        else
        {
            var with = new StringBuilder("{\n");
            foreach (var name in replaced)
            {
                with.Append(Pad(indent + 1)).Append(name).Append(" = ").Append(char.ToLowerInvariant(name[0]) + name.Substring(1)).Append(",\n");
            }

            var rest = WithBody(target, differing, root, indent);
            with.Append(rest, 2, rest.Length - 2);
            body.Append(Pad(indent)).Append("return values with\n").Append(Pad(indent)).Append(with).Append(";\n");
        }

        body.Append(Pad(BodyIndent)).Append("});");
        statements.Add(body.ToString());
    }

    /// <summary>
    /// One map of the release (persistence, service, route): entries with a handle get a <c>with</c> for what the
    /// handle does not set; the others are written as typed values.
    /// </summary>
    private void WriteEntries<T>(List<string> lines, List<string> replaced, string property, string local,
        Dictionary<string, T>? built, Dictionary<string, T>? target, IEnumerable<string> handled, ValuePath path)
        where T : class
    {
        if (target is null)
        {
            return;
        }

        var handledIds = handled.ToHashSet();
        var entryLines = new List<string>();
        var indent = BodyIndent + 1;
        foreach (var (id, wanted) in target)
        {
            var entryPath = path.Key(id);
            if (handledIds.Contains(id) && built is not null && built.TryGetValue(id, out var fromHandle))
            {
                var differing = ValueDiff.DifferingMembers(fromHandle, wanted);
                if (differing.Count > 0)
                {
                    var cast = wanted.GetType() == typeof(T) ? $"{local}[{CSharpLiterals.Quote(id)}]" : $"(({values.TypeNames.Name(wanted.GetType())}){local}[{CSharpLiterals.Quote(id)}])";
                    entryLines.Add(Fold($"{local}[{CSharpLiterals.Quote(id)}] = {cast} with", WithBody(wanted, differing, entryPath, indent), ";", indent));
                }

                continue;
            }

            entryLines.Add($"{local}[{CSharpLiterals.Quote(id)}] = {values.Write(wanted, typeof(T), null, entryPath, indent)};");
        }

        if (entryLines.Count == 0 && built is not null)
        {
            return;
        }

        lines.Add($"var {local} = values.{property} ?? new Dictionary<string, {values.TypeNames.Name(typeof(T))}>();");
        lines.AddRange(entryLines);
        replaced.Add(property);
    }

    private sealed record DeclaredController(ControllerHandle Handle, string Variable, Controller Target, ValuePath Path)
    {
        public List<DeclaredContainer> Containers { get; } = new();
    }

    private sealed record DeclaredContainer(ContainerHandle Handle, string Variable, Container Target, ValuePath Path);

    private sealed record DeclaredVolume(VolumeHandle Handle, string Variable, PersistenceItem Target);

    private sealed record DeclaredService(ServiceHandle Handle, string Variable, Service Target);

    private sealed record DeclaredRoute(RouteHandle Handle, string Variable, Route Target);
}
