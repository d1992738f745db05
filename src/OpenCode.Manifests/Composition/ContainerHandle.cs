using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Values;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Composition;

/// <summary>A container (or init container) of a controller.</summary>
public sealed class ContainerHandle : Handle
{
    private readonly List<EnvEntry> env = new();
    private readonly List<SecretHandle> envFrom = new();
    private readonly List<Customization<Container>> customizations = new();
    private readonly List<Customization<AppTemplate.V5.Container>> customizationsV5 = new();
    private ContainerImage imageValue;
    private StringOrList? commandValue;
    private StringOrList? argsValue;
    private string? workingDirValue;
    private V1ResourceRequirements? resourcesValue;
    private V1SecurityContext? securityContextValue;
    private ContainerProbes? probesValue;

    internal ContainerHandle(ControllerHandle controller, string id, ContainerImage image, bool isInit, SourceLocation declaredAt)
        : base(controller.Owner, id, declaredAt)
    {
        Controller = controller;
        imageValue = image;
        IsInit = isInit;
    }

    /// <summary>The controller this container belongs to.</summary>
    public ControllerHandle Controller { get; }

    /// <summary>True for an init container.</summary>
    public bool IsInit { get; }

    /// <summary>The image, pinned by tag (and optionally digest).</summary>
    public ContainerImage Image
    {
        get => imageValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            imageValue = value;
            RecordAssignment("image");
        }
    }

    /// <summary>The entrypoint.</summary>
    public StringOrList? Command
    {
        get => commandValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            commandValue = value;
            RecordAssignment("command");
        }
    }

    /// <summary>Arguments to the entrypoint.</summary>
    public StringOrList? Args
    {
        get => argsValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            argsValue = value;
            RecordAssignment("args");
        }
    }

    /// <summary>The working directory.</summary>
    [AbsolutePath]
    public string? WorkingDir
    {
        get => workingDirValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            workingDirValue = value;
            RecordAssignment("workingDir");
        }
    }

    /// <summary>CPU and memory requests and limits.</summary>
    public V1ResourceRequirements? Resources
    {
        get => resourcesValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            resourcesValue = value;
            RecordAssignment("resources");
        }
    }

    /// <summary>The container's security context.</summary>
    public V1SecurityContext? SecurityContext
    {
        get => securityContextValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            securityContextValue = value;
            RecordAssignment("securityContext");
        }
    }

    /// <summary>Liveness, readiness and startup probes.</summary>
    public ContainerProbes? Probes
    {
        get => probesValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            probesValue = value;
            RecordAssignment("probes");
        }
    }

    /// <summary>The 4.x escape hatches applied to this container's values, in order.</summary>
    public IReadOnlyList<Customization<Container>> Customizations => customizations;

    /// <summary>The 5.x escape hatches applied to this container's values, in order.</summary>
    public IReadOnlyList<Customization<AppTemplate.V5.Container>> CustomizationsV5 => customizationsV5;

    internal IReadOnlyList<EnvEntry> Env => env;

    internal IReadOnlyList<SecretHandle> EnvFromSecrets => envFrom;

    /// <summary>
    /// Escape hatch for an app-template 4.x release: changes the container's values after the builder has filled them
    /// (every key of the chart's container is reachable). The rules judge the result, and report what it sets at this
    /// line. On a 5.x release it is reported (OCM2070) and not applied: use <see cref="CustomizeV5"/>.
    /// </summary>
    public ContainerHandle Customize(System.Func<Container, Container> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customizations.Add(new Customization<Container>(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Escape hatch for an app-template 5.x release: changes the container's 5.x values after the builder has filled
    /// them. The rules judge the result, and report what it sets at this line. On a 4.x release it is reported
    /// (OCM2070) and not applied: use <see cref="Customize"/>.
    /// </summary>
    public ContainerHandle CustomizeV5(System.Func<AppTemplate.V5.Container, AppTemplate.V5.Container> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customizationsV5.Add(new Customization<AppTemplate.V5.Container>(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>Sets an environment variable to a literal value.</summary>
    public ContainerHandle SetEnv([EnvVarName] string name, [NoSecretLiteral] string value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        env.Add(new EnvEntry(name, value, null, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Sets an environment variable to a literal the author states is not secret although it looks like one (a public
    /// demo token, a key id): the credential checks (OCM1113, OCM2033) accept it, and the reason stays at this line.
    /// </summary>
    public ContainerHandle SetEnv([EnvVarName] string name, PlainText value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        System.ArgumentNullException.ThrowIfNull(value);
        env.Add(new EnvEntry(name, value.Value, null, SourceLocation.FromCaller(file, line)) { NotSecret = true });
        return this;
    }

    /// <summary>Sets an environment variable from a key of a secret declared in the same release.</summary>
    public ContainerHandle SetEnv([EnvVarName] string name, SecretKey key, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        Owner.CheckSameRelease(key.Secret, at);
        env.Add(new EnvEntry(name, null, key, at));
        return this;
    }

    /// <summary>Injects every key of a secret as an environment variable.</summary>
    public ContainerHandle EnvFrom(SecretHandle secret, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Owner.CheckSameRelease(secret, SourceLocation.FromCaller(file, line));
        envFrom.Add(secret);
        return this;
    }

    internal sealed record EnvEntry(string Name, string? Value, SecretKey? SecretKey, SourceLocation DeclaredAt)
    {
        /// <summary>Marked by the author as not secret (<see cref="PlainText.NotSecret"/>).</summary>
        public bool NotSecret { get; init; }
    }
}
