using Microsoft.CodeAnalysis;

namespace OpenCode.Manifests.Generators.Analyzers;

/// <summary>
/// The constraint attribute types of OpenCode.Manifests in one compilation, looked up once per compilation. A
/// compilation that does not reference the library has none, and the analyzers register nothing.
/// </summary>
internal sealed class ConstraintAttributes
{
    private const string Namespace = "OpenCode.Manifests.Constraints.";

    private ConstraintAttributes(Compilation compilation)
    {
        DnsLabel = compilation.GetTypeByMetadataName(Namespace + "DnsLabelAttribute");
        AbsolutePath = compilation.GetTypeByMetadataName(Namespace + "AbsolutePathAttribute");
        RelativePath = compilation.GetTypeByMetadataName(Namespace + "RelativePathAttribute");
        Hostname = compilation.GetTypeByMetadataName(Namespace + "HostnameAttribute");
        CronSchedule = compilation.GetTypeByMetadataName(Namespace + "CronScheduleAttribute");
        KubernetesQuantity = compilation.GetTypeByMetadataName(Namespace + "KubernetesQuantityAttribute");
        EnvVarName = compilation.GetTypeByMetadataName(Namespace + "EnvVarNameAttribute");
        ImageTag = compilation.GetTypeByMetadataName(Namespace + "ImageTagAttribute");
        ImageRepository = compilation.GetTypeByMetadataName(Namespace + "ImageRepositoryAttribute");
        PortNumber = compilation.GetTypeByMetadataName(Namespace + "PortNumberAttribute");
        NoSecretLiteral = compilation.GetTypeByMetadataName(Namespace + "NoSecretLiteralAttribute");
    }

    public INamedTypeSymbol? DnsLabel { get; }

    public INamedTypeSymbol? AbsolutePath { get; }

    public INamedTypeSymbol? RelativePath { get; }

    public INamedTypeSymbol? Hostname { get; }

    public INamedTypeSymbol? CronSchedule { get; }

    public INamedTypeSymbol? KubernetesQuantity { get; }

    public INamedTypeSymbol? EnvVarName { get; }

    public INamedTypeSymbol? ImageTag { get; }

    public INamedTypeSymbol? ImageRepository { get; }

    public INamedTypeSymbol? PortNumber { get; }

    public INamedTypeSymbol? NoSecretLiteral { get; }

    /// <summary>The attributes of <paramref name="compilation"/>, or null when it does not reference the library.</summary>
    public static ConstraintAttributes? For(Compilation compilation)
    {
        var attributes = new ConstraintAttributes(compilation);
        return attributes.DnsLabel is null ? null : attributes;
    }
}
