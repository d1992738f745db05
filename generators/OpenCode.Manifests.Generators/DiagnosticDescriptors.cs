using Microsoft.CodeAnalysis;

namespace OpenCode.Manifests.Generators;

/// <summary>Every diagnostic the values-schema generator reports. Docs: docs/diagnostics/OCMxxxx.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenCode.Manifests.Schema";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        id: "OCM1001",
        title: "Chart values schema is not valid JSON",
        messageFormat: "Chart values schema '{0}' is not valid JSON: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedRef = new(
        id: "OCM1002",
        title: "Unresolved $ref in chart values schema",
        messageFormat: "$ref '{0}' cannot be resolved: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    // A warning, not an error: the generator still emits a usable (if looser) type, so a chart with one odd
    // construct does not block the build.
    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "OCM1003",
        title: "Unsupported chart values schema construct",
        messageFormat: "Unsupported schema construct: {0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidItemMetadata = new(
        id: "OCM1004",
        title: "Invalid ChartValuesSchema item metadata",
        messageFormat: "Invalid ChartValuesSchema metadata for '{0}': {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TypeNameCollision = new(
        id: "OCM1005",
        title: "Generated type name collision",
        messageFormat: "Generated type name '{0}' is already taken; the type is named '{1}' instead",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        id: "OCM1999",
        title: "Internal values-schema generator error",
        messageFormat: "Internal generator error while processing '{0}': {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "OCM1001" => InvalidJson,
        "OCM1002" => UnresolvedRef,
        "OCM1003" => UnsupportedConstruct,
        "OCM1004" => InvalidItemMetadata,
        "OCM1005" => TypeNameCollision,
        "OCM1999" => InternalError,
        _ => null,
    };
}
