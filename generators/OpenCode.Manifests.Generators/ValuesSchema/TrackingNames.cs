namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>Names of the generator's pipeline steps, so tests can check what was cached.</summary>
internal static class TrackingNames
{
    public const string ParsedDocuments = "OcmParsedSchemaDocuments";
    public const string DocumentSet = "OcmSchemaDocumentSet";
    public const string RootDocuments = "OcmRootSchemaDocuments";
    public const string KubernetesModels = "OcmKubernetesModels";
    public const string Specs = "OcmSchemaSpecs";
    public const string Sources = "OcmGeneratedSources";

    public static readonly string[] All = { ParsedDocuments, DocumentSet, RootDocuments, KubernetesModels, Specs, Sources };
}
