using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>A service in front of a controller's pods.</summary>
/// <param name="Id">Its key.</param>
/// <param name="Path">Its path in the values.</param>
/// <param name="Controller">The controller it selects, or null for the chart's default.</param>
/// <param name="Ports">Its ports.</param>
public sealed record WorkloadService(string Id, ValuePath Path, string? Controller, IReadOnlyList<WorkloadServicePort> Ports);

/// <summary>A service port.</summary>
/// <param name="Name">The port's key.</param>
/// <param name="Port">The port number (or placeholder).</param>
/// <param name="AppProtocol">The application protocol.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadServicePort(string Name, IntegerOrString? Port, string? AppProtocol, ValuePath Path);
