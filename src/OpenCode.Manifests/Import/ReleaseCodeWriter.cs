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
/// and route handles for what handles express (a controller without a type as the chart's default, every persistence
/// kind, mounts as <c>volume.MountInto(container, path, subPath)</c> or <c>volume.MountGlobally(path)</c>, values
/// the handles have properties for as assignments), and <c>Customize</c> escape hatches with typed values for the rest. The same builder is run here, in-process, and
/// compared with the input property by property, so every escape hatch sets exactly what the handles do not
/// produce: the generated code builds the input's values, nothing more or less.
/// </summary>
internal sealed class ReleaseCodeWriter
{
    private const int BodyIndent = 2;
    private readonly ImportContext context;
    private readonly CSharpValueWriter values;
    private readonly WithStatement withStatement;
    private readonly CSharpIdentifiers locals;
    private readonly List<string> statements = new();

    public ReleaseCodeWriter(ImportContext context)
    {
        this.context = context;
        locals = context.Locals;
        values = new CSharpValueWriter(context, CSharpTypeNames.V4);
        withStatement = new WithStatement(context, values);
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
        var controllers = DeclareControllers(release, target);
        var volumes = DeclareVolumes(release, target, controllers);
        var services = DeclareServices(release, target, controllers);
        var routes = DeclareRoutes(release, target, services);

        // Containers, then controllers, then the release: each level compared after the level below is settled.
        foreach (var controller in controllers.Values)
        {
            foreach (var container in controller.Containers)
            {
                var wanted = container.Target;
                AssignThroughHandle(container.Handle, container.Variable, wanted, ValueDiff.DifferingMembers(BuiltContainer(release, container.Handle), wanted), container.Path);
                var differing = ValueDiff.DifferingMembers(BuiltContainer(release, container.Handle), wanted);
                if (differing.Count > 0)
                {
                    statements.Add(WithStatement.Fold($"{container.Variable}.Customize(container => container with", withStatement.Body(wanted, differing, container.Path, BodyIndent), ");", BodyIndent));
                }

                container.Handle.Customize(_ => wanted);
            }
        }

        foreach (var controller in controllers.Values)
        {
            AssignThroughHandle(controller.Handle, controller.Variable, controller.Target, ValueDiff.DifferingMembers(release.Build().Controllers![controller.Handle.Id], controller.Target), controller.Path);
            var differing = ValueDiff.DifferingMembers(release.Build().Controllers![controller.Handle.Id], controller.Target);
            if (differing.Count > 0)
            {
                statements.Add(WithStatement.Fold($"{controller.Variable}.Customize(controller => controller with", withStatement.Body(controller.Target, differing, controller.Path, BodyIndent), ");", BodyIndent));
            }

            var wanted = controller.Target;
            controller.Handle.Customize(_ => wanted);
        }

        WriteReleaseCustomize(release.Build(), target, volumes, services, routes);
        statements.InsertRange(0, context.SharedLocals.Select(shared => $"var {shared.Local} = {shared.Literal};"));
        return string.Concat(statements.Select(statement => Pad(BodyIndent) + statement + "\n"));
    }

    /// <summary>
    /// Values a handle has a property for (a container's probes, resources, args, …; a controller's pod options,
    /// strategy and annotations) are set on the handle, as a person would, instead of through <c>Customize</c>. They
    /// are set on the in-process handle too, so what still differs afterwards is what the escape hatch sets.
    /// </summary>
    private void AssignThroughHandle(Handle handle, string variable, object target, IReadOnlyList<WritableMember> differing, ValuePath path)
    {
        foreach (var member in differing)
        {
            var value = member.Property.GetValue(target);
            var memberPath = member.YamlKey is null ? path : path.Key(member.YamlKey);
            if (member.Property.Name == "Annotations" && handle is ControllerHandle { Annotations.Count: 0 } controller && value is Dictionary<string, string> annotations)
            {
                foreach (var (key, text) in annotations)
                {
                    controller.Annotations[key] = text;
                    statements.Add($"{variable}.Annotations[{CSharpLiterals.Quote(key)}] = {values.Write(text, typeof(string), null, memberPath.Key(key), BodyIndent)};");
                }

                continue;
            }

            var settable = handle.GetType().GetProperty(member.Property.Name);
            if (value is null || member.Property.Name == "Image" || settable is not { CanWrite: true, SetMethod.IsPublic: true } || settable.PropertyType != member.Property.PropertyType)
            {
                continue;
            }

            settable.SetValue(handle, value);
            var assigned = $"{variable}.{settable.Name}";
            statements.Add(CSharpValueWriter.Assignment(assigned, values.WriteProperty(value, member.Property.PropertyType, member.Nullability, memberPath, BodyIndent, assigned.Length + 3)) + ";");
        }
    }

    private static Container BuiltContainer(AppTemplateBuilder release, ContainerHandle handle)
    {
        var controller = release.Build().Controllers![handle.Controller.Id];
        return (handle.IsInit ? controller.InitContainers : controller.Containers)![handle.Id];
    }

    private Dictionary<string, DeclaredController> DeclareControllers(AppTemplateBuilder release, AppTemplateValues target)
    {
        var result = new Dictionary<string, DeclaredController>();
        foreach (var (id, controller) in target.Controllers ?? new Dictionary<string, Controller>())
        {
            var variable = locals.Local(id);
            // Without a type the chart makes a deployment: the handle is declared without one, as a person would.
            var handle = release.Controller(id, controller.Type);
            statements.Add($"var {variable} = app.Controller({CSharpLiterals.Quote(id)}{(controller.Type is { } type ? ", ControllerType." + type : "")});");
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
        var call = $"var {variable} = {controller.Variable}.{method}({CSharpLiterals.Quote(id)}, ";
        statements.Add(call + values.Write(image, typeof(ContainerImage), null, path.Key("image"), BodyIndent, call.Length + 1) + ");");
        return new DeclaredContainer(handle, variable, container, path);
    }

    private Dictionary<string, DeclaredVolume> DeclareVolumes(AppTemplateBuilder release, AppTemplateValues target, Dictionary<string, DeclaredController> controllers)
    {
        var result = new Dictionary<string, DeclaredVolume>();
        foreach (var (id, item) in target.Persistence ?? new Dictionary<string, PersistenceItem>())
        {
            ReportDanglingMounts(id, AdvancedMountsOf(item), controllers);
            var volumePath = ValuePath.Root.Key("persistence").Key(id);
            // The handles take DNS-label ids (the analyzers check them): another id stays a typed value.
            if (!Constraints.ConstraintSyntax.IsDnsLabel(id) || DeclareVolume(release, id, item, volumePath) is not { } declared)
            {
                continue;
            }

            var (handle, call) = declared;
            var mounts = new List<string>();
            foreach (var (controllerId, byContainer) in AdvancedMountsOf(item) ?? new())
            {
                foreach (var (containerId, points) in byContainer)
                {
                    var container = controllers.TryGetValue(controllerId, out var controller)
                        ? controller.Containers.FirstOrDefault(c => c.Handle.Id == containerId)
                        : null;
                    if (container is null)
                    {
                        continue;
                    }

                    for (var i = 0; i < points.Count; i++)
                    {
                        if (points[i] is { Path: { } mountPath } mount && IsHandleMount(mount))
                        {
                            handle.MountInto(container.Handle, mountPath, mount.SubPath, mount.ReadOnly == true);
                            mounts.Add($".MountInto({container.Variable}, {MountArguments(mount, volumePath.Key("advancedMounts").Key(controllerId).Key(containerId).Index(i))})");
                        }
                    }
                }
            }

            var global = GlobalMountsOf(item) ?? new List<MountPoint>();
            for (var i = 0; i < global.Count; i++)
            {
                if (global[i] is { Path: { } mountPath } mount && IsHandleMount(mount))
                {
                    handle.MountGlobally(mountPath, mount.SubPath, mount.ReadOnly == true);
                    mounts.Add($".MountGlobally({MountArguments(mount, volumePath.Key("globalMounts").Index(i))})");
                }
            }

            if (GlobalMountsOf(item) is not { Count: > 0 } && AdvancedMountsOf(item) is not { Count: > 0 })
            {
                // No mounts in the input: the chart mounts it into every container, and the code says so.
                handle.MountInEveryContainer();
                mounts.Add(".MountInEveryContainer()");
            }

            // One mount (or none) chains onto the declaration; several go through a local, one call a line.
            var chained = "app.Builder." + call + string.Concat(mounts) + ";";
            if (mounts.Count <= 1 && Pad(BodyIndent).Length + chained.Length <= CSharpValueWriter.LineWidth)
            {
                statements.Add(chained);
            }
            else
            {
                var variable = locals.Local(id, "volume");
                statements.Add($"var {variable} = app.Builder.{call};");
                statements.AddRange(mounts.Select(mount => variable + mount + ";"));
            }

            result[id] = new DeclaredVolume(handle, item);
        }

        return result;
    }

    /// <summary>The handle for a persistence item of a kind the builder declares, and the call (after <c>release.</c>) that declares it.</summary>
    private (VolumeHandle Handle, string Call)? DeclareVolume(AppTemplateBuilder release, string id, PersistenceItem item, ValuePath path)
    {
        var name = CSharpLiterals.Quote(id);
        string Q(string key, string text) => Literal(text, path.Key(key));
        string Optional(string key, string parameter, string? value) => value is null ? "" : $", {parameter}: {Q(key, value)}";
        return item switch
        {
            PersistenceItem.ExistingClaim claim => (release.ExistingClaim(id, claim.ExistingClaimValue), $"ExistingClaim({name}, {Q("existingClaim", claim.ExistingClaimValue)})"),
            PersistenceItem.EmptyDir emptyDir => (release.EmptyDir(id, emptyDir.SizeLimit), $"EmptyDir({name}{Optional("sizeLimit", "sizeLimit", emptyDir.SizeLimit)})"),
            PersistenceItem.Nfs nfs => (release.Nfs(id, nfs.Server, nfs.Path), $"Nfs({name}, {Q("server", nfs.Server)}, {Q("path", nfs.Path)})"),
            PersistenceItem.HostPath { HostPathValue: { } hostPath } host => (release.HostPath(id, hostPath, host.HostPathType),
                $"HostPath({name}, {Q("hostPath", hostPath)}{Optional("hostPathType", "type", host.HostPathType)})"),
            PersistenceItem.ConfigMap { Name: { } configMap } => (release.ConfigMap(id, configMap), $"ConfigMap({name}, {Q("name", configMap)})"),
            PersistenceItem.Secret { Name: { } secret } => (release.SecretVolume(id, secret), $"SecretVolume({name}, {Q("name", secret)})"),
            PersistenceItem.PersistentVolumeClaim claim => (release.PersistentVolumeClaim(id, claim.Size, claim.AccessMode, claim.StorageClass),
                $"PersistentVolumeClaim({name}, {Q("size", claim.Size)}, {Q("accessMode", claim.AccessMode)}{Optional("storageClass", "storageClass", claim.StorageClass)})"),
            _ => null,
        };
    }

    /// <summary>A string argument of a handle call, through the value writer: a YAML anchor's value becomes its shared local.</summary>
    private string Literal(string text, ValuePath path) => values.Write(text, typeof(string), null, path, BodyIndent);

    /// <summary>
    /// A mount the handles take as written: its path and sub-path pass the mount methods' constraints (a path such as
    /// <c>/data/</c> would not compile as an argument), so the others stay typed values.
    /// </summary>
    private static bool IsHandleMount(MountPoint mount) =>
        mount.Path is { } path && Constraints.ConstraintSyntax.IsAbsolutePath(path) && (mount.SubPath is null || Constraints.ConstraintSyntax.IsRelativePath(mount.SubPath));

    private string MountArguments(MountPoint mount, ValuePath path)
    {
        var arguments = new StringBuilder(Literal(mount.Path!, path.Key("path")));
        if (mount.SubPath is not null) arguments.Append(", subPath: ").Append(Literal(mount.SubPath, path.Key("subPath")));
        if (mount.ReadOnly == true) arguments.Append(", readOnly: true");
        return arguments.ToString();
    }

    private static List<MountPoint>? GlobalMountsOf(PersistenceItem item) =>
        item.GetType().GetProperty("GlobalMounts")?.GetValue(item) as List<MountPoint>;

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
            statements.Add($"var {variable} = app.Builder.Service({CSharpLiterals.Quote(id)}, {controller.Variable}, {CSharpLiterals.Quote(portName)}, {number.IntegerValue}"
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
            statements.Add($"var {variable} = app.Builder.Route({CSharpLiterals.Quote(id)}, {service.Variable}, new GatewayReference({CSharpLiterals.Quote(parent.Name)}, {CSharpLiterals.Quote(gatewayNamespace)}, {CSharpLiterals.Quote(section)}), "
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

        // A map no handle filled is set whole, like any other value; one with handle entries is merged entry by entry.
        var merged = new[] { ("Persistence", built.Persistence), ("Service", (object?)built.Service), ("Route", built.Route) }
            .Where(map => map.Item2 is not null).Select(map => map.Item1).ToArray();
        var differing = ValueDiff.DifferingMembers(built, target, merged);
        if (lines.Count == 0 && replaced.Count == 0 && differing.Count == 0)
        {
            return;
        }

        if (lines.Count == 0 && replaced.Count == 0)
        {
            statements.Add(WithStatement.Fold("app.Builder.Customize(values => values with", withStatement.Body(target, differing, root, BodyIndent), ");", BodyIndent));
            return;
        }

        var indent = BodyIndent + 1;
        var body = new StringBuilder("app.Builder.Customize(values =>\n").Append(Pad(BodyIndent)).Append("{\n");
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

            var rest = withStatement.Body(target, differing, root, indent);
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
        if (target is null || built is null)
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
                    entryLines.Add(WithStatement.Fold($"{local}[{CSharpLiterals.Quote(id)}] = {cast} with", withStatement.Body(wanted, differing, entryPath, indent), ";", indent));
                }

                continue;
            }

            var assignment = $"{local}[{CSharpLiterals.Quote(id)}] = ";
            entryLines.Add(assignment + values.Write(wanted, typeof(T), null, entryPath, indent, assignment.Length) + ";");
        }

        if (entryLines.Count == 0)
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

    private sealed record DeclaredVolume(VolumeHandle Handle, PersistenceItem Target);

    private sealed record DeclaredService(ServiceHandle Handle, string Variable, Service Target);

    private sealed record DeclaredRoute(RouteHandle Handle, string Variable, Route Target);
}
