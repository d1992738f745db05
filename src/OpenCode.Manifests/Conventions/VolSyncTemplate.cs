namespace OpenCode.Manifests.Conventions;

/// <summary>
/// The cluster's VolSync template: a kustomize folder that creates an app's claim and its backup objects from Flux
/// variables the app's Kustomization substitutes. Every name here is the template's own, so each cluster states it.
/// </summary>
/// <param name="Path">The template folder, relative to the folder Flux's source root maps to.</param>
/// <param name="Form">Resource or component.</param>
/// <param name="ClaimVariable">The variable the template names the claim after (set to the app's name).</param>
/// <param name="CapacityVariable">The variable holding the claim's size.</param>
/// <param name="StorageClassVariable">The variable holding the claim's storage class.</param>
/// <param name="ScheduleVariable">The variable holding the backup schedule.</param>
public sealed record VolSyncTemplate(
    string Path,
    VolSyncTemplateForm Form,
    string ClaimVariable,
    string CapacityVariable,
    string StorageClassVariable,
    string ScheduleVariable);
