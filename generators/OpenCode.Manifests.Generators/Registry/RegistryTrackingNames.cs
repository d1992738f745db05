namespace OpenCode.Manifests.Generators.Registry;

/// <summary>Names of the app registry generator's pipeline steps, so tests can check what was cached.</summary>
internal static class RegistryTrackingNames
{
    public const string AppTypes = "OcmAppTypes";
    public const string WorkspaceTypes = "OcmWorkspaceTypes";
    public const string ConventionsTypes = "OcmConventionsTypes";
    public const string EntryPointOption = "OcmEntryPointOption";
    public const string Model = "OcmAppRegistryModel";
    public const string Source = "OcmAppRegistrySource";

    public static readonly string[] All = { AppTypes, WorkspaceTypes, ConventionsTypes, EntryPointOption, Model, Source };
}
