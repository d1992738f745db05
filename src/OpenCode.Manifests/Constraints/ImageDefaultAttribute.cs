using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// Marks a static <see cref="PinnedImage"/> property as the library's pinned default for
/// <see cref="Repository"/>. The code fix for an unpinned image (OCM1112) offers to replace
/// <c>new PinnedImage(repository, "latest")</c> with that property.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ImageDefaultAttribute : Attribute
{
    /// <summary>Marks the pinned default for <paramref name="repository"/>.</summary>
    public ImageDefaultAttribute(string repository) => Repository = repository;

    /// <summary>The image repository this property pins.</summary>
    public string Repository { get; }
}
