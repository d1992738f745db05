using k8s.Models;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Kubernetes scalars that keep how they were spelled in YAML. Imported code uses them where the plain
/// KubernetesClient types would change the text: <see cref="ResourceQuantity"/> canonicalises (<c>0.5</c> would be
/// written <c>500m</c>) and <see cref="IntOrString"/> forgets that <c>"8080"</c> was quoted.
/// </summary>
public static class KubernetesSpelling
{
    /// <summary>A quantity written back exactly as <paramref name="text"/> while its amount is unchanged.</summary>
    public static ResourceQuantity Quantity(string text)
    {
        var quantity = new ResourceQuantity(text);
        KubernetesScalarMemory.Remember(quantity, text, wasQuoted: !Rendering.YamlCoreSchema.IsNumberText(text));
        return quantity;
    }

    /// <summary>A quantity written back as the quoted string <paramref name="text"/> (e.g. <c>"1"</c>).</summary>
    public static ResourceQuantity QuotedQuantity(string text)
    {
        var quantity = new ResourceQuantity(text);
        KubernetesScalarMemory.Remember(quantity, text, wasQuoted: true);
        return quantity;
    }

    /// <summary>An int-or-string written back as the quoted string <paramref name="text"/>, even when it is all digits.</summary>
    public static IntOrString QuotedIntOrString(string text)
    {
        IntOrString value = text;
        KubernetesScalarMemory.Remember(value, text, wasQuoted: true);
        return value;
    }
}
