using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Composition;

/// <summary>An HTTPRoute on a gateway, sending every request for its hostnames to one service.</summary>
public sealed class RouteHandle : Handle
{
    private GatewayReference gatewayValue;

    internal RouteHandle(AppTemplateBuilder owner, string id, ServiceHandle backend, GatewayReference gateway, IReadOnlyList<string> hostnames, SourceLocation declaredAt)
        : base(owner, id, declaredAt)
    {
        Backend = backend;
        gatewayValue = gateway;
        Hostnames = hostnames;
    }

    /// <summary>The service the route sends traffic to.</summary>
    public ServiceHandle Backend { get; }

    /// <summary>The gateway (and listener) the route attaches to; one the cluster conventions name.</summary>
    public GatewayReference Gateway
    {
        get => gatewayValue;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        set
        {
            gatewayValue = value;
            RecordAssignment("parentRefs");
        }
    }

    /// <summary>The hostnames the route answers for.</summary>
    public IReadOnlyList<string> Hostnames { get; }

    /// <summary>
    /// Whole-request timeout. <c>0s</c> disables it: Envoy's default 15 s would cut server-sent event streams and
    /// WebSocket sessions. Null keeps the gateway's default.
    /// </summary>
    public string? RequestTimeout { get; set; } = "0s";
}
