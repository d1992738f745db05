using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.Diagnostics;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Severity = OpenCode.Manifests.Generators.Diagnostics.DiagnosticSeverity;

namespace OpenCode.Manifests.Generators;

/// <summary>
/// The Roslyn descriptors of the generators and analyzers. Id, severity, title, category and help link come from
/// <see cref="DiagnosticCatalog"/> (the library's catalogue, compiled in here from the same file); only the message
/// formats, which carry the generator's arguments, are written here.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidJson = Descriptor(DiagnosticCatalog.InvalidJson,
        "Chart values schema '{0}' is not valid JSON: {1}");

    public static readonly DiagnosticDescriptor UnresolvedRef = Descriptor(DiagnosticCatalog.UnresolvedRef,
        "$ref '{0}' cannot be resolved: {1}");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Descriptor(DiagnosticCatalog.UnsupportedConstruct,
        "Unsupported schema construct: {0}");

    public static readonly DiagnosticDescriptor InvalidItemMetadata = Descriptor(DiagnosticCatalog.InvalidItemMetadata,
        "Invalid ChartValuesSchema metadata for '{0}': {1}");

    public static readonly DiagnosticDescriptor TypeNameCollision = Descriptor(DiagnosticCatalog.TypeNameCollision,
        "Generated type name '{0}' is already taken; the type is named '{1}' instead");

    public static readonly DiagnosticDescriptor InternalError = Descriptor(DiagnosticCatalog.InternalGeneratorError,
        "Internal generator error while processing '{0}': {1}");

    public static readonly DiagnosticDescriptor NotDnsLabel = Descriptor(DiagnosticCatalog.NotDnsLabel,
        "'{0}' is not a DNS label: use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. '{1}')");

    public static readonly DiagnosticDescriptor NotAbsolutePath = Descriptor(DiagnosticCatalog.NotAbsolutePath,
        "'{0}' is not an absolute container path: start with '/', and use no empty, '.' or '..' segments and no trailing '/'");

    public static readonly DiagnosticDescriptor NotRelativePath = Descriptor(DiagnosticCatalog.NotRelativePath,
        "'{0}' is not a relative path inside the volume: do not start with '/', and use no empty, '.' or '..' segments");

    public static readonly DiagnosticDescriptor NotHostname = Descriptor(DiagnosticCatalog.NotHostname,
        "'{0}' is not a host before the cluster domain: use lower-case DNS labels separated by '.', without any domain (the route appends the DomainVariable of your [ClusterConventions], e.g. 'notes' becomes 'notes.${{CLUSTER_DOMAIN}}')");

    public static readonly DiagnosticDescriptor NotCronSchedule = Descriptor(DiagnosticCatalog.NotCronSchedule,
        "'{0}' is not a five-field cron schedule (minute hour day-of-month month day-of-week), e.g. '0 */6 * * *'");

    public static readonly DiagnosticDescriptor NotQuantity = Descriptor(DiagnosticCatalog.NotQuantity,
        "'{0}' is not a Kubernetes quantity: write a number with a suffix such as '10Gi', '512Mi' or '500m' (binary Ki..Ei, decimal k..E)");

    public static readonly DiagnosticDescriptor NotEnvVarName = Descriptor(DiagnosticCatalog.NotEnvVarName,
        "'{0}' is not an environment variable name: use letters, digits and '_', not starting with a digit");

    public static readonly DiagnosticDescriptor NotImageTag = Descriptor(DiagnosticCatalog.NotImageTag,
        "'{0}' is not an image tag: use up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (e.g. '1.18.33')");

    public static readonly DiagnosticDescriptor NotImageRepository = Descriptor(DiagnosticCatalog.NotImageRepository,
        "'{0}' is not an image repository: use lower-case path components separated by '/', an optional registry host, and put the tag in its own argument");

    public static readonly DiagnosticDescriptor NotPort = Descriptor(DiagnosticCatalog.NotPort,
        "{0} is not a TCP port: use 1 to 65535");

    public static readonly DiagnosticDescriptor DuplicateAppName = Descriptor(DiagnosticCatalog.DuplicateAppNameInCode,
        "App name '{0}' in namespace '{1}' is already used by '{2}'; each app needs its own name in its namespace (it names the Flux folder, the HelmRelease and the volumes)", compilationEnd: true);

    public static readonly DiagnosticDescriptor UnmodelledChartVersion = Descriptor(DiagnosticCatalog.UnmodelledChartVersionInCode,
        "app-template '{0}' has no values model in OpenCode.Manifests (it types 4.x and 5.x): pin a 4.x or 5.x version such as \"5.1.0\"");

    public static readonly DiagnosticDescriptor UnpinnedImage = Descriptor(DiagnosticCatalog.UnpinnedImageInCode,
        "Image '{0}' is {1}; pin a version tag{2}");

    public static readonly DiagnosticDescriptor SecretLiteral = Descriptor(DiagnosticCatalog.SecretLiteral,
        "The literal value of '{0}' looks like a credential ({1}); it would be committed in plain text. Declare a key on the workspace's secret and use SetEnv(name, secretKey).");

    public static readonly DiagnosticDescriptor DuplicateConventions = Descriptor(DiagnosticCatalog.DuplicateConventions,
        "'{0}' is marked [ClusterConventions] but '{1}' already is; a project describes one cluster, so remove one of the attributes", compilationEnd: true);

    public static readonly DiagnosticDescriptor UncreatableAppType = Descriptor(DiagnosticCatalog.AppTypeNotCreatable,
        "'{0}' is marked [{1}] but the build cannot create it: {2}");

    public static readonly DiagnosticDescriptor WrongMarkedKind = Descriptor(DiagnosticCatalog.MarkedTypeOfWrongKind,
        "'{0}' is marked [{1}] but does not derive from {2}; derive it from {2} (or from a record that does), or remove the attribute");

    public static readonly DiagnosticDescriptor StringForHandle = Descriptor(DiagnosticCatalog.StringForHandle,
        "'{0}' expects a {1}, not a string: handles come from the objects you declared, e.g. app.Server or app.GitSync (containers), app.Data or the result of EmptyDir(…) (volumes), app.Secret or the result of Secret(…), or the value returned by Controller.Container(…)");

    public static readonly DiagnosticDescriptor NumberForFileMode = Descriptor(DiagnosticCatalog.NumberForFileMode,
        "'{0}' expects a FileMode, not a number: write FileMode.Octal(\"0440\") (the octal digits as text, so 0440 is not read as decimal 440) or a named mode such as FileMode.OwnerRead");

    public static readonly DiagnosticDescriptor NoClusterConventions = Descriptor(DiagnosticCatalog.NoClusterConventions,
        "The project marks apps ('{0}' first) but no [ClusterConventions] type; declare one record deriving from ClusterConventions, mark it [ClusterConventions], and set this cluster's gateway, secret store, storage class and domain in it");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [InvalidJson.Id] = InvalidJson,
        [UnresolvedRef.Id] = UnresolvedRef,
        [UnsupportedConstruct.Id] = UnsupportedConstruct,
        [InvalidItemMetadata.Id] = InvalidItemMetadata,
        [TypeNameCollision.Id] = TypeNameCollision,
        [InternalError.Id] = InternalError,
        [NotDnsLabel.Id] = NotDnsLabel,
        [NotAbsolutePath.Id] = NotAbsolutePath,
        [NotRelativePath.Id] = NotRelativePath,
        [NotHostname.Id] = NotHostname,
        [NotCronSchedule.Id] = NotCronSchedule,
        [NotQuantity.Id] = NotQuantity,
        [NotEnvVarName.Id] = NotEnvVarName,
        [NotImageTag.Id] = NotImageTag,
        [NotImageRepository.Id] = NotImageRepository,
        [NotPort.Id] = NotPort,
        [DuplicateAppName.Id] = DuplicateAppName,
        [UnpinnedImage.Id] = UnpinnedImage,
        [SecretLiteral.Id] = SecretLiteral,
        [DuplicateConventions.Id] = DuplicateConventions,
        [UncreatableAppType.Id] = UncreatableAppType,
        [WrongMarkedKind.Id] = WrongMarkedKind,
        [NoClusterConventions.Id] = NoClusterConventions,
        [StringForHandle.Id] = StringForHandle,
        [NumberForFileMode.Id] = NumberForFileMode,
        [UnmodelledChartVersion.Id] = UnmodelledChartVersion,
    };

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static DiagnosticDescriptor Descriptor(DiagnosticEntry entry, string messageFormat, bool compilationEnd = false) => new(
        id: entry.Id,
        title: entry.Title,
        messageFormat: messageFormat,
        category: entry.Category,
        defaultSeverity: entry.Severity == Severity.Error ? RoslynSeverity.Error : RoslynSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: entry.HelpLink,
        customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0]);
}
