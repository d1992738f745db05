using Microsoft.CodeAnalysis;

namespace OpenCode.Manifests.Generators;

/// <summary>Every diagnostic the generators and analyzers report. Docs: docs/diagnostics/OCMxxxx.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenCode.Manifests.Schema";
    private const string UsageCategory = "OpenCode.Manifests.Usage";
    private const string SecurityCategory = "OpenCode.Manifests.Security";

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

    // Analyzers: constant arguments and assignments checked against the constraint attributes of the public API.
    public static readonly DiagnosticDescriptor NotDnsLabel = Constraint("OCM1101", "Name is not a DNS label",
        "'{0}' is not a DNS label: use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. '{1}')");

    public static readonly DiagnosticDescriptor NotAbsolutePath = Constraint("OCM1102", "Container path is not absolute",
        "'{0}' is not an absolute container path: start with '/', and use no empty, '.' or '..' segments and no trailing '/'");

    public static readonly DiagnosticDescriptor NotRelativePath = Constraint("OCM1103", "Volume path is not relative",
        "'{0}' is not a relative path inside the volume: do not start with '/', and use no empty, '.' or '..' segments");

    public static readonly DiagnosticDescriptor NotHostname = Constraint("OCM1104", "Host is not a list of DNS labels",
        "'{0}' is not a host before the cluster domain: use lower-case DNS labels separated by '.', without the domain (the route adds '.${{DOMAIN}}')");

    public static readonly DiagnosticDescriptor NotCronSchedule = Constraint("OCM1105", "Schedule is not a cron expression",
        "'{0}' is not a five-field cron schedule (minute hour day-of-month month day-of-week), e.g. '0 */6 * * *'");

    public static readonly DiagnosticDescriptor NotQuantity = Constraint("OCM1106", "Size is not a Kubernetes quantity",
        "'{0}' is not a Kubernetes quantity: write a number with a suffix such as '10Gi', '512Mi' or '500m' (binary Ki..Ei, decimal k..E)");

    public static readonly DiagnosticDescriptor NotEnvVarName = Constraint("OCM1107", "Environment variable name is not valid",
        "'{0}' is not an environment variable name: use letters, digits and '_', not starting with a digit");

    public static readonly DiagnosticDescriptor NotImageTag = Constraint("OCM1108", "Image tag is not valid",
        "'{0}' is not an image tag: use up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (e.g. '1.18.33')");

    public static readonly DiagnosticDescriptor NotImageRepository = Constraint("OCM1109", "Image repository is not valid",
        "'{0}' is not an image repository: use lower-case path components separated by '/', an optional registry host, and put the tag in its own argument");

    public static readonly DiagnosticDescriptor NotPort = Constraint("OCM1110", "Port is out of range",
        "{0} is not a TCP port: use 1 to 65535");

    public static readonly DiagnosticDescriptor DuplicateWorkspaceName = new(
        id: "OCM1111",
        title: "Two workspaces share a name",
        messageFormat: "Workspace name '{0}' in namespace '{1}' is already used by '{2}'; each workspace needs its own name (it names the folder, the release and the volume)",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    // A warning: a floating tag works today and breaks on some later pull; the build rule OCM2017 makes it an
    // error for the images that reach the manifests.
    public static readonly DiagnosticDescriptor UnpinnedImage = new(
        id: "OCM1112",
        title: "Image is not pinned to a version",
        messageFormat: "Image '{0}' is {1}; pin a version tag{2}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SecretLiteral = new(
        id: "OCM1113",
        title: "Literal looks like a credential",
        messageFormat: "The literal value of '{0}' looks like a credential ({1}); it would be committed in plain text. Declare a key on the workspace's secret and use SetEnv(name, secretKey).",
        category: SecurityCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateConventions = new(
        id: "OCM1114",
        title: "More than one [ClusterConventions] type",
        messageFormat: "'{0}' is marked [ClusterConventions] but '{1}' already is; a project describes one cluster, so remove one of the attributes",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    // The app registry generator reports these at the type's identifier and leaves the type out of the registry,
    // so the generated code still compiles and the user's own line carries the error.
    public static readonly DiagnosticDescriptor UncreatableAppType = new(
        id: "OCM1115",
        title: "An app type the build cannot create",
        messageFormat: "'{0}' is marked [{1}] but the build cannot create it: {2}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongMarkedKind = new(
        id: "OCM1116",
        title: "A marked type of the wrong kind",
        messageFormat: "'{0}' is marked [{1}] but does not derive from {2}; derive it from {2} (or from a record that does), or remove the attribute",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoClusterConventions = new(
        id: "OCM1117",
        title: "No [ClusterConventions] type",
        messageFormat: "The project marks apps ('{0}' first) but no [ClusterConventions] type; declare one record deriving from ClusterConventions, mark it [ClusterConventions], and set this cluster's gateway, secret store, storage class and domain in it",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static DiagnosticDescriptor Constraint(string id, string title, string message) => new(
        id: id,
        title: title,
        messageFormat: message,
        category: UsageCategory,
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
        "OCM1101" => NotDnsLabel,
        "OCM1102" => NotAbsolutePath,
        "OCM1103" => NotRelativePath,
        "OCM1104" => NotHostname,
        "OCM1105" => NotCronSchedule,
        "OCM1106" => NotQuantity,
        "OCM1107" => NotEnvVarName,
        "OCM1108" => NotImageTag,
        "OCM1109" => NotImageRepository,
        "OCM1110" => NotPort,
        "OCM1111" => DuplicateWorkspaceName,
        "OCM1112" => UnpinnedImage,
        "OCM1113" => SecretLiteral,
        "OCM1114" => DuplicateConventions,
        "OCM1115" => UncreatableAppType,
        "OCM1116" => WrongMarkedKind,
        "OCM1117" => NoClusterConventions,
        _ => null,
    };
}
