using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Composition;

/// <summary>A pod controller (deployment, statefulset, …) of the release, with its containers.</summary>
public sealed class ControllerHandle : Handle
{
    private readonly List<ContainerHandle> containers = new();
    private readonly List<Customization<Controller>> customizations = new();
    private readonly List<Customization<AppTemplate.V5.Controller>> customizationsV5 = new();

    internal ControllerHandle(AppTemplateBuilder owner, string id, ControllerType? type, SourceLocation declaredAt)
        : base(owner, id, declaredAt)
    {
        Type = type ?? ControllerType.Deployment;
        IsTypeWritten = type is not null;
    }

    /// <summary>The controller kind.</summary>
    public ControllerType Type { get; }

    /// <summary>
    /// Whether the values say <c>type</c>: false when the controller was declared without one, so the chart's
    /// default (a deployment) applies.
    /// </summary>
    public bool IsTypeWritten { get; }

    /// <summary>Annotations on the controller object (e.g. the reloader annotation).</summary>
    public Dictionary<string, string> Annotations { get; } = new();

    /// <summary>
    /// Pod-level options (security context, …); merged with what handles contribute. Typed with the 4.x shape, which
    /// 5.x keeps key for key: a 5.x release reads the same options into its own model.
    /// </summary>
    public PodOptions? Pod
    {
        get => podValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            podValue = value;
            RecordAssignment("pod");
        }
    }

    private PodOptions? podValue;

    /// <summary>Deployment strategy (<c>Recreate</c> for a single-writer volume).</summary>
    public string? Strategy
    {
        get => strategyValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            strategyValue = value;
            RecordAssignment("strategy");
        }
    }

    private string? strategyValue;

    /// <summary>The 4.x escape hatches applied to this controller's values, in order.</summary>
    public IReadOnlyList<Customization<Controller>> Customizations => customizations;

    /// <summary>The 5.x escape hatches applied to this controller's values, in order.</summary>
    public IReadOnlyList<Customization<AppTemplate.V5.Controller>> CustomizationsV5 => customizationsV5;

    /// <summary>
    /// Escape hatch for an app-template 4.x release: changes the controller's values after the builder has filled
    /// them. The rules judge the result, and report what it sets at this line. On a 5.x release it is reported
    /// (OCM2070) and not applied: use <see cref="CustomizeV5"/>.
    /// </summary>
    public ControllerHandle Customize(System.Func<Controller, Controller> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customizations.Add(new Customization<Controller>(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Escape hatch for an app-template 5.x release: changes the controller's 5.x values after the builder has filled
    /// them. The rules judge the result, and report what it sets at this line. On a 4.x release it is reported
    /// (OCM2070) and not applied: use <see cref="Customize"/>.
    /// </summary>
    public ControllerHandle CustomizeV5(System.Func<AppTemplate.V5.Controller, AppTemplate.V5.Controller> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customizationsV5.Add(new Customization<AppTemplate.V5.Controller>(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>The containers and init containers, in declaration order.</summary>
    public IReadOnlyList<ContainerHandle> Containers => containers;

    /// <summary>Declares a container of this controller.</summary>
    public ContainerHandle Container([DnsLabel] string id, ContainerImage image, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(id, image, isInit: false, SourceLocation.FromCaller(file, line));

    /// <summary>Declares an init container of this controller; it runs to completion before the containers start.</summary>
    public ContainerHandle InitContainer([DnsLabel] string id, ContainerImage image, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(id, image, isInit: true, SourceLocation.FromCaller(file, line));

    private ContainerHandle Add(string id, ContainerImage image, bool isInit, SourceLocation at)
    {
        Owner.CheckUnique(this, id, at);
        var handle = new ContainerHandle(this, id, image, isInit, at);
        containers.Add(handle);
        return handle;
    }
}
