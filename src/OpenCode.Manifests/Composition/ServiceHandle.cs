using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Composition;

/// <summary>A Service in front of one controller's pods, with one named port.</summary>
public sealed class ServiceHandle : Handle
{
    internal ServiceHandle(AppTemplateBuilder owner, string id, ControllerHandle controller, string portName, int port, string? appProtocol, SourceLocation declaredAt)
        : base(owner, id, declaredAt)
    {
        Controller = controller;
        PortName = portName;
        Port = port;
        AppProtocol = appProtocol;
    }

    /// <summary>The controller whose pods receive the traffic.</summary>
    public ControllerHandle Controller { get; }

    /// <summary>The port's name.</summary>
    public string PortName { get; }

    /// <summary>The port number (service and container side).</summary>
    public int Port { get; }

    /// <summary>The port's application protocol, e.g. <c>kubernetes.io/ws</c> for WebSocket upgrades.</summary>
    public string? AppProtocol { get; }
}
