namespace OpenCode.Manifests.Import;

/// <summary>The diagnostic ids of the importer (one page each in docs/diagnostics).</summary>
public static class ImportDiagnosticIds
{
    /// <summary>The file is not valid YAML.</summary>
    public const string MalformedYaml = "OCM4001";

    /// <summary>The release's <c>spec.values</c> do not fit the app-template values model.</summary>
    public const string ValuesNotReadable = "OCM4002";

    /// <summary>The input holds no app-template HelmRelease (or a document is a HelmRelease of another chart).</summary>
    public const string NothingToImport = "OCM4003";

    /// <summary>A value the typed model has no property for was kept as free-form YAML.</summary>
    public const string KeptAsFreeForm = "OCM4004";


    /// <summary>The input path does not exist or cannot be read.</summary>
    public const string InputNotReadable = "OCM4006";

    /// <summary>An advancedMounts key names a controller or container that does not exist.</summary>
    public const string DanglingMount = "OCM4007";
}
