namespace OpenCode.Manifests.Conventions;

/// <summary>
/// What a route to a server that streams (server-sent events, WebSocket terminals, as OpenCode's UI does) needs from
/// the cluster's gateway implementation. Envoy Gateway cuts every response after 15 s unless the route's
/// <c>timeouts.request</c> is <c>0s</c>, and upgrades to WebSocket only when the Service port says
/// <c>appProtocol: kubernetes.io/ws</c>; other implementations may need neither, or reject the timeout field.
/// </summary>
/// <param name="RequestTimeout">The route's whole-request timeout (<c>0s</c>: none), or null to leave the gateway's default.</param>
/// <param name="WebSocketAppProtocol">The Service port's <c>appProtocol</c> that allows WebSocket upgrades, or null for none.</param>
public sealed record StreamingRouteTuning(string? RequestTimeout, string? WebSocketAppProtocol)
{
    /// <summary>Envoy Gateway: no request timeout, <c>kubernetes.io/ws</c>.</summary>
    public static StreamingRouteTuning EnvoyGateway { get; } = new("0s", "kubernetes.io/ws");

    /// <summary>Emit neither: the gateway's defaults already stream.</summary>
    public static StreamingRouteTuning None { get; } = new(null, null);
}
