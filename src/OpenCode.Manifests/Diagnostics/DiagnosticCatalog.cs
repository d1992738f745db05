using System.Collections.Generic;

// Compiled into the generators too (OCM_GENERATORS), as an internal copy in their own namespace: one source of truth,
// no type that clashes with the library's when a project references both.
#if OCM_GENERATORS
namespace OpenCode.Manifests.Generators.Diagnostics;
#else
namespace OpenCode.Manifests.Diagnostics;
#endif

/// <summary>
/// Every OCM diagnostic id, in one place: the generators and analyzers (OCM1xxx, compiled into the generator
/// assembly from this same file), the build rules (OCM2xxx), the emit and check steps (OCM3xxx) and the importer
/// (OCM4xxx). Each id has a page under <c>docs/diagnostics/</c> (a test keeps the two in step); no id is written as a
/// string anywhere else.
/// </summary>
#if OCM_GENERATORS
internal static class DiagnosticCatalog
#else
public static class DiagnosticCatalog
#endif
{
    /// <summary>Where the pages live; <see cref="DiagnosticEntry.HelpLink"/> appends <c>OCMnnnn.md</c>.</summary>
    public const string HelpBase = "https://github.com/opencode-manifests/OpenCode.Manifests/blob/main/docs/diagnostics/";

    private const string Prefix = "OpenCode.Manifests.";

    /// <summary>OCM1001: Chart values schema is not valid JSON.</summary>
    public static readonly DiagnosticEntry InvalidJson = new("OCM1001", DiagnosticSeverity.Error, "Chart values schema is not valid JSON", Prefix + "Schema");

    /// <summary>OCM1002: Unresolved $ref in chart values schema.</summary>
    public static readonly DiagnosticEntry UnresolvedRef = new("OCM1002", DiagnosticSeverity.Error, "Unresolved $ref in chart values schema", Prefix + "Schema");

    /// <summary>OCM1003: Unsupported chart values schema construct.</summary>
    public static readonly DiagnosticEntry UnsupportedConstruct = new("OCM1003", DiagnosticSeverity.Warning, "Unsupported chart values schema construct", Prefix + "Schema");

    /// <summary>OCM1004: Invalid ChartValuesSchema item metadata.</summary>
    public static readonly DiagnosticEntry InvalidItemMetadata = new("OCM1004", DiagnosticSeverity.Error, "Invalid ChartValuesSchema item metadata", Prefix + "Schema");

    /// <summary>OCM1005: Generated type name collision.</summary>
    public static readonly DiagnosticEntry TypeNameCollision = new("OCM1005", DiagnosticSeverity.Warning, "Generated type name collision", Prefix + "Schema");

    /// <summary>OCM1999: Internal values-schema generator error.</summary>
    public static readonly DiagnosticEntry InternalGeneratorError = new("OCM1999", DiagnosticSeverity.Error, "Internal values-schema generator error", Prefix + "Schema");

    /// <summary>OCM1101: Name is not a DNS label.</summary>
    public static readonly DiagnosticEntry NotDnsLabel = new("OCM1101", DiagnosticSeverity.Error, "Name is not a DNS label", Prefix + "Usage");

    /// <summary>OCM1102: Container path is not absolute.</summary>
    public static readonly DiagnosticEntry NotAbsolutePath = new("OCM1102", DiagnosticSeverity.Error, "Container path is not absolute", Prefix + "Usage");

    /// <summary>OCM1103: Volume path is not relative.</summary>
    public static readonly DiagnosticEntry NotRelativePath = new("OCM1103", DiagnosticSeverity.Error, "Volume path is not relative", Prefix + "Usage");

    /// <summary>OCM1104: Host is not a list of DNS labels.</summary>
    public static readonly DiagnosticEntry NotHostname = new("OCM1104", DiagnosticSeverity.Error, "Host is not a list of DNS labels", Prefix + "Usage");

    /// <summary>OCM1105: Schedule is not a cron expression.</summary>
    public static readonly DiagnosticEntry NotCronSchedule = new("OCM1105", DiagnosticSeverity.Error, "Schedule is not a cron expression", Prefix + "Usage");

    /// <summary>OCM1106: Size is not a Kubernetes quantity.</summary>
    public static readonly DiagnosticEntry NotQuantity = new("OCM1106", DiagnosticSeverity.Error, "Size is not a Kubernetes quantity", Prefix + "Usage");

    /// <summary>OCM1107: Environment variable name is not valid.</summary>
    public static readonly DiagnosticEntry NotEnvVarName = new("OCM1107", DiagnosticSeverity.Error, "Environment variable name is not valid", Prefix + "Usage");

    /// <summary>OCM1108: Image tag is not valid.</summary>
    public static readonly DiagnosticEntry NotImageTag = new("OCM1108", DiagnosticSeverity.Error, "Image tag is not valid", Prefix + "Usage");

    /// <summary>OCM1109: Image repository is not valid.</summary>
    public static readonly DiagnosticEntry NotImageRepository = new("OCM1109", DiagnosticSeverity.Error, "Image repository is not valid", Prefix + "Usage");

    /// <summary>OCM1110: Port is out of range.</summary>
    public static readonly DiagnosticEntry NotPort = new("OCM1110", DiagnosticSeverity.Error, "Port is out of range", Prefix + "Usage");

    /// <summary>OCM1111: Two apps share a name.</summary>
    public static readonly DiagnosticEntry DuplicateAppNameInCode = new("OCM1111", DiagnosticSeverity.Error, "Two apps share a name", Prefix + "Usage");

    /// <summary>OCM1112: Image is not pinned to a version.</summary>
    public static readonly DiagnosticEntry UnpinnedImageInCode = new("OCM1112", DiagnosticSeverity.Error, "Image is not pinned to a version", Prefix + "Usage");

    /// <summary>OCM1113: Literal looks like a credential.</summary>
    public static readonly DiagnosticEntry SecretLiteral = new("OCM1113", DiagnosticSeverity.Error, "Literal looks like a credential", Prefix + "Security");

    /// <summary>OCM1114: More than one [ClusterConventions] type.</summary>
    public static readonly DiagnosticEntry DuplicateConventions = new("OCM1114", DiagnosticSeverity.Error, "More than one [ClusterConventions] type", Prefix + "Usage");

    /// <summary>OCM1115: An app type the build cannot create.</summary>
    public static readonly DiagnosticEntry AppTypeNotCreatable = new("OCM1115", DiagnosticSeverity.Error, "An app type the build cannot create", Prefix + "Usage");

    /// <summary>OCM1116: A marked type of the wrong kind.</summary>
    public static readonly DiagnosticEntry MarkedTypeOfWrongKind = new("OCM1116", DiagnosticSeverity.Error, "A marked type of the wrong kind", Prefix + "Usage");

    /// <summary>OCM1117: No [ClusterConventions] type.</summary>
    public static readonly DiagnosticEntry NoClusterConventions = new("OCM1117", DiagnosticSeverity.Error, "No [ClusterConventions] type", Prefix + "Usage");

    /// <summary>OCM1118: A string where a handle is expected.</summary>
    public static readonly DiagnosticEntry StringForHandle = new("OCM1118", DiagnosticSeverity.Error, "A string where a handle is expected", Prefix + "Usage");

    /// <summary>OCM1119: A number where a FileMode is expected.</summary>
    public static readonly DiagnosticEntry NumberForFileMode = new("OCM1119", DiagnosticSeverity.Error, "A number where a FileMode is expected", Prefix + "Usage");

    /// <summary>OCM1120: An app-template version the library has no values model for.</summary>
    public static readonly DiagnosticEntry UnmodelledChartVersionInCode = new("OCM1120", DiagnosticSeverity.Error, "An app-template version the library has no values model for", Prefix + "Usage");

    /// <summary>OCM2001: A handle used in another release.</summary>
    public static readonly DiagnosticEntry HandleOfAnotherRelease = new("OCM2001", DiagnosticSeverity.Error, "A handle used in another release", Prefix + "Build");

    /// <summary>OCM2002: A secret key that the secret does not declare.</summary>
    public static readonly DiagnosticEntry UndeclaredSecretKey = new("OCM2002", DiagnosticSeverity.Error, "A secret key that the secret does not declare", Prefix + "Build");

    /// <summary>OCM2003: A secret key declared twice.</summary>
    public static readonly DiagnosticEntry SecretKeyDeclaredTwice = new("OCM2003", DiagnosticSeverity.Error, "A secret key declared twice", Prefix + "Build");

    /// <summary>OCM2004: A duplicate name in a release.</summary>
    public static readonly DiagnosticEntry DuplicateIdInRelease = new("OCM2004", DiagnosticSeverity.Error, "A duplicate name in a release", Prefix + "Build");

    /// <summary>OCM2010: A duplicate app name.</summary>
    public static readonly DiagnosticEntry DuplicateAppName = new("OCM2010", DiagnosticSeverity.Error, "A duplicate app name", Prefix + "Build");

    /// <summary>OCM2011: A name that is not a DNS label.</summary>
    public static readonly DiagnosticEntry NameNotDnsLabel = new("OCM2011", DiagnosticSeverity.Error, "A name that is not a DNS label", Prefix + "Build");

    /// <summary>OCM2012: Overlapping mounts of one volume.</summary>
    public static readonly DiagnosticEntry OverlappingMounts = new("OCM2012", DiagnosticSeverity.Error, "Overlapping mounts of one volume", Prefix + "Build");

    /// <summary>OCM2013: Two mounts at one path.</summary>
    public static readonly DiagnosticEntry DuplicateMountPath = new("OCM2013", DiagnosticSeverity.Error, "Two mounts at one path", Prefix + "Build");

    /// <summary>OCM2014: A volume mounted into no container.</summary>
    public static readonly DiagnosticEntry VolumeMountedNowhere = new("OCM2014", DiagnosticSeverity.Error, "A volume mounted into no container", Prefix + "Build");

    /// <summary>OCM2015: A Flux variable nobody substitutes.</summary>
    public static readonly DiagnosticEntry UnsubstitutedVariable = new("OCM2015", DiagnosticSeverity.Error, "A Flux variable nobody substitutes", Prefix + "Build");

    /// <summary>OCM2016: An OpenCode server behind a route without a password.</summary>
    public static readonly DiagnosticEntry PublicServerWithoutPassword = new("OCM2016", DiagnosticSeverity.Error, "An OpenCode server behind a route without a password", Prefix + "Build");

    /// <summary>OCM2017: An unpinned image.</summary>
    public static readonly DiagnosticEntry UnpinnedImage = new("OCM2017", DiagnosticSeverity.Error, "An unpinned image", Prefix + "Build");

    /// <summary>OCM2018: A secret key used but not produced.</summary>
    public static readonly DiagnosticEntry SecretKeyNotProduced = new("OCM2018", DiagnosticSeverity.Error, "A secret key used but not produced", Prefix + "Build");

    /// <summary>OCM2019: The clone target is a volume root.</summary>
    public static readonly DiagnosticEntry CloneTargetIsVolumeRoot = new("OCM2019", DiagnosticSeverity.Error, "The clone target is a volume root", Prefix + "Build");

    /// <summary>OCM2020: HOME or an XDG folder is not on a writable mount.</summary>
    public static readonly DiagnosticEntry HomeNotWritable = new("OCM2020", DiagnosticSeverity.Error, "HOME or an XDG folder is not on a writable mount", Prefix + "Build");

    /// <summary>OCM2021: dependsOn names something that does not exist.</summary>
    public static readonly DiagnosticEntry MissingDependency = new("OCM2021", DiagnosticSeverity.Error, "dependsOn names something that does not exist", Prefix + "Build");

    /// <summary>OCM2022: A host outside the domain variable.</summary>
    public static readonly DiagnosticEntry HostOutsideDomain = new("OCM2022", DiagnosticSeverity.Error, "A host outside the domain variable", Prefix + "Build");

    /// <summary>OCM2023: Limits below requests.</summary>
    public static readonly DiagnosticEntry LimitsBelowRequests = new("OCM2023", DiagnosticSeverity.Error, "Limits below requests", Prefix + "Build");

    /// <summary>OCM2024: A controller with no containers.</summary>
    public static readonly DiagnosticEntry ControllerWithoutContainers = new("OCM2024", DiagnosticSeverity.Error, "A controller with no containers", Prefix + "Build");

    /// <summary>OCM2025: Capacity or backup schedule not valid.</summary>
    public static readonly DiagnosticEntry InvalidVolumeSetting = new("OCM2025", DiagnosticSeverity.Error, "Capacity or backup schedule not valid", Prefix + "Build");

    /// <summary>OCM2026: An image reference that is not valid.</summary>
    public static readonly DiagnosticEntry InvalidImageReference = new("OCM2026", DiagnosticSeverity.Error, "An image reference that is not valid", Prefix + "Build");

    /// <summary>OCM2027: A mount path, subPath or working directory that is not valid.</summary>
    public static readonly DiagnosticEntry InvalidMountPath = new("OCM2027", DiagnosticSeverity.Error, "A mount path, subPath or working directory that is not valid", Prefix + "Build");

    /// <summary>OCM2028: An environment variable name that is not valid.</summary>
    public static readonly DiagnosticEntry InvalidEnvVarName = new("OCM2028", DiagnosticSeverity.Error, "An environment variable name that is not valid", Prefix + "Build");

    /// <summary>OCM2029: A service port out of range.</summary>
    public static readonly DiagnosticEntry InvalidPort = new("OCM2029", DiagnosticSeverity.Error, "A service port out of range", Prefix + "Build");

    /// <summary>OCM2030: A volume, service or route id that is not a DNS label.</summary>
    public static readonly DiagnosticEntry InvalidObjectId = new("OCM2030", DiagnosticSeverity.Error, "A volume, service or route id that is not a DNS label", Prefix + "Build");

    /// <summary>OCM2031: A size limit that is not a Kubernetes quantity.</summary>
    public static readonly DiagnosticEntry InvalidSizeLimit = new("OCM2031", DiagnosticSeverity.Error, "A size limit that is not a Kubernetes quantity", Prefix + "Build");

    /// <summary>OCM2032: A secret key that is not a Secret data key.</summary>
    public static readonly DiagnosticEntry InvalidSecretKey = new("OCM2032", DiagnosticSeverity.Error, "A secret key that is not a Secret data key", Prefix + "Build");

    /// <summary>OCM2033: A credential written as a literal environment value.</summary>
    public static readonly DiagnosticEntry LiteralCredential = new("OCM2033", DiagnosticSeverity.Error, "A credential written as a literal environment value", Prefix + "Build");

    /// <summary>OCM2034: A secret that declares no keys.</summary>
    public static readonly DiagnosticEntry SecretWithoutKeys = new("OCM2034", DiagnosticSeverity.Error, "A secret that declares no keys", Prefix + "Build");

    /// <summary>OCM2035: A container that runs as root where runAsNonRoot forbids it.</summary>
    public static readonly DiagnosticEntry RootUserWithRunAsNonRoot = new("OCM2035", DiagnosticSeverity.Error, "A container that runs as root where runAsNonRoot forbids it", Prefix + "Build");

    /// <summary>OCM2036: A server listening on a port its Service, route or probes do not use.</summary>
    public static readonly DiagnosticEntry ServerPortMismatch = new("OCM2036", DiagnosticSeverity.Error, "A server listening on a port its Service, route or probes do not use", Prefix + "Build");

    /// <summary>OCM2037: A hostname claimed by two routes.</summary>
    public static readonly DiagnosticEntry DuplicateHostname = new("OCM2037", DiagnosticSeverity.Error, "A hostname claimed by two routes", Prefix + "Build");

    /// <summary>OCM2038: A dependsOn naming a Kustomization that does not exist.</summary>
    public static readonly DiagnosticEntry UnknownKustomizationDependency = new("OCM2038", DiagnosticSeverity.Error, "A dependsOn naming a Kustomization that does not exist", Prefix + "Build");

    /// <summary>OCM2060: A container the namespace's Pod Security level refuses.</summary>
    public static readonly DiagnosticEntry PodSecurityRefused = new("OCM2060", DiagnosticSeverity.Error, "A container the namespace's Pod Security level refuses", Prefix + "Build");

    /// <summary>OCM2061: A route on a gateway the cluster conventions do not name.</summary>
    public static readonly DiagnosticEntry UnknownGateway = new("OCM2061", DiagnosticSeverity.Error, "A route on a gateway the cluster conventions do not name", Prefix + "Build");

    /// <summary>OCM2070: An escape hatch typed for the other app-template major.</summary>
    public static readonly DiagnosticEntry EscapeHatchOfOtherMajor = new("OCM2070", DiagnosticSeverity.Error, "An escape hatch typed for the other app-template major", Prefix + "Build");

    /// <summary>OCM2071: An app-template version the build has no values model for.</summary>
    public static readonly DiagnosticEntry UnsupportedChartMajor = new("OCM2071", DiagnosticSeverity.Error, "An app-template version the build has no values model for", Prefix + "Build");

    /// <summary>OCM2072: An OpenCode workspace that mounts a ServiceAccount token.</summary>
    public static readonly DiagnosticEntry WorkspaceServiceAccountToken = new("OCM2072", DiagnosticSeverity.Warning, "An OpenCode workspace that mounts a ServiceAccount token", Prefix + "Security");

    /// <summary>OCM2073: A 5.x NetworkPolicy naming both a controller and a podSelector.</summary>
    public static readonly DiagnosticEntry NetworkPolicyControllerAndSelector = new("OCM2073", DiagnosticSeverity.Error, "A 5.x NetworkPolicy naming both a controller and a podSelector", Prefix + "Build");

    /// <summary>OCM2074: A 5.x controller running as a serviceAccount identifier nothing declares.</summary>
    public static readonly DiagnosticEntry UnknownServiceAccountIdentifier = new("OCM2074", DiagnosticSeverity.Error, "A 5.x controller running as a serviceAccount identifier nothing declares", Prefix + "Build");

    /// <summary>OCM3000: Bad command line.</summary>
    public static readonly DiagnosticEntry BadCommandLine = new("OCM3000", DiagnosticSeverity.Error, "Bad command line", Prefix + "Emit");

    /// <summary>OCM3001: A hand-written file in the way.</summary>
    public static readonly DiagnosticEntry HandWrittenFileInTheWay = new("OCM3001", DiagnosticSeverity.Error, "A hand-written file in the way", Prefix + "Emit");

    /// <summary>OCM3002: Drift: a committed file differs (check mode).</summary>
    public static readonly DiagnosticEntry DriftDiffers = new("OCM3002", DiagnosticSeverity.Error, "Drift: a committed file differs (check mode)", Prefix + "Emit");

    /// <summary>OCM3003: Drift: a file is missing (check mode).</summary>
    public static readonly DiagnosticEntry DriftMissing = new("OCM3003", DiagnosticSeverity.Error, "Drift: a file is missing (check mode)", Prefix + "Emit");

    /// <summary>OCM3004: Drift: a stale generated file (check mode).</summary>
    public static readonly DiagnosticEntry DriftStale = new("OCM3004", DiagnosticSeverity.Error, "Drift: a stale generated file (check mode)", Prefix + "Emit");

    /// <summary>OCM3009: Emitting failed.</summary>
    public static readonly DiagnosticEntry EmitFailed = new("OCM3009", DiagnosticSeverity.Error, "Emitting failed", Prefix + "Emit");

    /// <summary>OCM3010: Check mode found drift.</summary>
    public static readonly DiagnosticEntry CheckFoundDrift = new("OCM3010", DiagnosticSeverity.Error, "Check mode found drift", Prefix + "Emit");

    /// <summary>OCM3011: ks.yaml paths do not point at the folder written.</summary>
    public static readonly DiagnosticEntry SourceRootMismatch = new("OCM3011", DiagnosticSeverity.Warning, "ks.yaml paths do not point at the folder written", Prefix + "Emit");

    /// <summary>OCM3012: The diff's base tree could not be read.</summary>
    public static readonly DiagnosticEntry DiffBaseUnreadable = new("OCM3012", DiagnosticSeverity.Error, "The diff's base tree could not be read", Prefix + "Emit");

    /// <summary>OCM4001: Malformed YAML.</summary>
    public static readonly DiagnosticEntry MalformedYaml = new("OCM4001", DiagnosticSeverity.Error, "Malformed YAML", Prefix + "Import");

    /// <summary>OCM4002: Values that do not fit the app-template model.</summary>
    public static readonly DiagnosticEntry ValuesNotReadable = new("OCM4002", DiagnosticSeverity.Error, "Values that do not fit the app-template model", Prefix + "Import");

    /// <summary>OCM4003: Nothing to import.</summary>
    public static readonly DiagnosticEntry NothingToImport = new("OCM4003", DiagnosticSeverity.Warning, "Nothing to import", Prefix + "Import");

    /// <summary>OCM4004: Value kept as free-form YAML.</summary>
    public static readonly DiagnosticEntry KeptAsFreeForm = new("OCM4004", DiagnosticSeverity.Warning, "Value kept as free-form YAML", Prefix + "Import");

    /// <summary>OCM4006: Input not found or unreadable.</summary>
    public static readonly DiagnosticEntry InputNotReadable = new("OCM4006", DiagnosticSeverity.Error, "Input not found or unreadable", Prefix + "Import");

    /// <summary>OCM4007: Mount for a controller or container that does not exist.</summary>
    public static readonly DiagnosticEntry DanglingMount = new("OCM4007", DiagnosticSeverity.Warning, "Mount for a controller or container that does not exist", Prefix + "Import");

    /// <summary>OCM4008: Values written for another major of the chart.</summary>
    public static readonly DiagnosticEntry ValuesOfAnotherChartMajor = new("OCM4008", DiagnosticSeverity.Error, "Values written for another major of the chart", Prefix + "Import");

    /// <summary>OCM4009: Chart version not found.</summary>
    public static readonly DiagnosticEntry ChartVersionNotFound = new("OCM4009", DiagnosticSeverity.Warning, "Chart version not found", Prefix + "Import");

    /// <summary>OCM4010: Chart major without a values model.</summary>
    public static readonly DiagnosticEntry ImportedChartMajorWithoutModel = new("OCM4010", DiagnosticSeverity.Error, "Chart major without a values model", Prefix + "Import");

    /// <summary>OCM4011: HelmRelease spec the Flux model does not type.</summary>
    public static readonly DiagnosticEntry SpecNotTyped = new("OCM4011", DiagnosticSeverity.Error, "HelmRelease spec the Flux model does not type", Prefix + "Import");

    /// <summary>OCM4012: A release named by a Flux variable.</summary>
    public static readonly DiagnosticEntry ReleaseNamedByVariable = new("OCM4012", DiagnosticSeverity.Error, "A release named by a Flux variable", Prefix + "Import");

    /// <summary>OCM4013: Two releases with one name in one namespace.</summary>
    public static readonly DiagnosticEntry DuplicateImportedRelease = new("OCM4013", DiagnosticSeverity.Error, "Two releases with one name in one namespace", Prefix + "Import");

    /// <summary>Every entry, in id order.</summary>
    public static IReadOnlyList<DiagnosticEntry> All { get; } = new[]
    {
        InvalidJson,
        UnresolvedRef,
        UnsupportedConstruct,
        InvalidItemMetadata,
        TypeNameCollision,
        InternalGeneratorError,
        NotDnsLabel,
        NotAbsolutePath,
        NotRelativePath,
        NotHostname,
        NotCronSchedule,
        NotQuantity,
        NotEnvVarName,
        NotImageTag,
        NotImageRepository,
        NotPort,
        DuplicateAppNameInCode,
        UnpinnedImageInCode,
        SecretLiteral,
        DuplicateConventions,
        AppTypeNotCreatable,
        MarkedTypeOfWrongKind,
        NoClusterConventions,
        StringForHandle,
        NumberForFileMode,
        UnmodelledChartVersionInCode,
        HandleOfAnotherRelease,
        UndeclaredSecretKey,
        SecretKeyDeclaredTwice,
        DuplicateIdInRelease,
        DuplicateAppName,
        NameNotDnsLabel,
        OverlappingMounts,
        DuplicateMountPath,
        VolumeMountedNowhere,
        UnsubstitutedVariable,
        PublicServerWithoutPassword,
        UnpinnedImage,
        SecretKeyNotProduced,
        CloneTargetIsVolumeRoot,
        HomeNotWritable,
        MissingDependency,
        HostOutsideDomain,
        LimitsBelowRequests,
        ControllerWithoutContainers,
        InvalidVolumeSetting,
        InvalidImageReference,
        InvalidMountPath,
        InvalidEnvVarName,
        InvalidPort,
        InvalidObjectId,
        InvalidSizeLimit,
        InvalidSecretKey,
        LiteralCredential,
        SecretWithoutKeys,
        RootUserWithRunAsNonRoot,
        ServerPortMismatch,
        DuplicateHostname,
        UnknownKustomizationDependency,
        PodSecurityRefused,
        UnknownGateway,
        EscapeHatchOfOtherMajor,
        UnsupportedChartMajor,
        WorkspaceServiceAccountToken,
        NetworkPolicyControllerAndSelector,
        UnknownServiceAccountIdentifier,
        BadCommandLine,
        HandWrittenFileInTheWay,
        DriftDiffers,
        DriftMissing,
        DriftStale,
        EmitFailed,
        CheckFoundDrift,
        SourceRootMismatch,
        DiffBaseUnreadable,
        MalformedYaml,
        ValuesNotReadable,
        NothingToImport,
        KeptAsFreeForm,
        InputNotReadable,
        DanglingMount,
        ValuesOfAnotherChartMajor,
        ChartVersionNotFound,
        ImportedChartMajorWithoutModel,
        SpecNotTyped,
        ReleaseNamedByVariable,
        DuplicateImportedRelease,
    };

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public static DiagnosticEntry? Find(string id)
    {
        foreach (var entry in All)
        {
            if (entry.Id == id)
            {
                return entry;
            }
        }

        return null;
    }
}
