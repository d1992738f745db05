using System;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A HelmRelease's <c>spec.values</c>: a typed values model (<see cref="Of"/>), or the YAML as read, which
/// <see cref="As{T}"/> reads into the chart's model on demand. Keeping it untyped in the HelmRelease lets one
/// HelmRelease type serve every chart (and every major version of one).
/// </summary>
public sealed class ChartValues : IYamlModel<ChartValues>
{
    private readonly IYamlWritable? typed;
    private readonly YamlNode? node;

    private ChartValues(IYamlWritable? typed, YamlNode? node)
    {
        this.typed = typed;
        this.node = node;
    }

    /// <summary>Wraps a typed values model (e.g. <c>AppTemplateValues</c>).</summary>
    public static ChartValues Of(IYamlWritable values) => new(values ?? throw new ArgumentNullException(nameof(values)), null);

    /// <summary>The typed model this was made from, or null when it was read from YAML.</summary>
    public IYamlWritable? Typed => typed;

    /// <summary>The values as <typeparamref name="T"/>: the typed model if it is one, else read from the YAML.</summary>
    /// <exception cref="ValuesYamlException">The YAML does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="InvalidCastException">The typed model is of another type.</exception>
    public T As<T>()
        where T : IYamlModel<T> => typed switch
        {
            T model => model,
            null => T.ReadYaml(node!, new YamlPath()),
            _ => throw new InvalidCastException($"The values are a {typed.GetType().Name}, not a {typeof(T).Name}."),
        };

    /// <summary>The values as a node tree.</summary>
    public YamlNode ToNode() => typed is null ? YamlNodeCopy.Of(node!) : YamlNodeWriter.Write(typed);

    /// <summary>Keeps the YAML as read.</summary>
    public static ChartValues ReadYaml(YamlNode node, YamlPath path) => new(null, YamlNodeCopy.Of(node));

    /// <summary>Writes the typed model, or the YAML as read.</summary>
    public void WriteYaml(YamlWriter writer)
    {
        if (typed is not null)
        {
            typed.WriteYaml(writer);
        }
        else
        {
            writer.Node(node!);
        }
    }
}
