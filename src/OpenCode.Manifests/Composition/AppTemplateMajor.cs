namespace OpenCode.Manifests.Composition;

/// <summary>
/// The app-template major a release targets, which decides the values model the builder fills: 4.x
/// (<c>OpenCode.Manifests.AppTemplate</c>) or 5.x (<c>OpenCode.Manifests.AppTemplate.V5</c>). The handles are the same
/// for both; only the escape hatches are typed per major (<c>Customize</c> for 4.x, <c>CustomizeV5</c> for 5.x).
/// </summary>
public enum AppTemplateMajor
{
    /// <summary>app-template 4.x (common library 4.x, JSON Schema draft-07).</summary>
    V4 = 4,

    /// <summary>
    /// app-template 5.x (common library 5.x, draft 2020-12): a ServiceAccount per release by default, no service
    /// account token in pods unless asked for, <c>rawResources</c> under <c>manifest:</c>, an <c>ephemeral</c>
    /// persistence type.
    /// </summary>
    V5 = 5,
}
