using System.Linq;
using k8s.Models;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// How imported code spells a KubernetesClient scalar (<see cref="ResourceQuantity"/>, <see cref="IntOrString"/>)
/// so it writes back as it was read, and the same value built in-process (to check a whole model before choosing
/// C# for it).
/// </summary>
/// <param name="Code">The C# expression.</param>
/// <param name="Value">The value that expression produces.</param>
internal sealed record KubernetesScalarSpelling(string Code, object? Value)
{
    public static KubernetesScalarSpelling Of(ResourceQuantity quantity)
    {
        var (text, quoted) = Written(quantity);
        if (quoted && YamlCoreSchema.IsNumberText(text))
        {
            return new($"KubernetesSpelling.QuotedQuantity({CSharpLiterals.Quote(text)})", Try(() => KubernetesSpelling.QuotedQuantity(text)));
        }

        if (Try(() => new ResourceQuantity(text).ToString()) is string canonical && canonical == text)
        {
            return new($"new ResourceQuantity({CSharpLiterals.Quote(text)})", new ResourceQuantity(text));
        }

        return new($"KubernetesSpelling.Quantity({CSharpLiterals.Quote(text)})", Try(() => KubernetesSpelling.Quantity(text)));
    }

    public static KubernetesScalarSpelling Of(IntOrString value)
    {
        var (text, quoted) = Written(value);
        if (quoted && text.Length > 0 && text.All(char.IsDigit))
        {
            return new($"KubernetesSpelling.QuotedIntOrString({CSharpLiterals.Quote(text)})", KubernetesSpelling.QuotedIntOrString(text));
        }

        IntOrString plain = text;
        return new($"(IntOrString){CSharpLiterals.Quote(text)}", plain);
    }

    private static (string Text, bool Quoted) Written(object value)
    {
        var node = (YamlScalarNode)ValuesYaml.ToNode(value);
        return (node.Value ?? "", node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
    }

    // A text the reader accepted (a placeholder, say) may not parse as a quantity: no value, so the caller keeps
    // the model as YAML text.
    private static object? Try(System.Func<object> make)
    {
        try
        {
            return make();
        }
        catch (System.FormatException)
        {
            return null;
        }
    }
}
