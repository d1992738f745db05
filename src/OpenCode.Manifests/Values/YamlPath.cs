using System.Collections.Generic;
using System.Text;

namespace OpenCode.Manifests.Values;

/// <summary>
/// The position of a value in a document as a key path (<c>controllers.main.containers.app.image.tag</c>,
/// <c>persistence.data.globalMounts[0].path</c>), built up while reading or writing for error messages.
/// Immutable: each step makes a new path pointing at its parent; the text is built only for a message.
/// </summary>
public sealed class YamlPath
{
    private readonly YamlPath? _parent;
    private readonly string? _key;
    private readonly int _index;

    /// <summary>The document root.</summary>
    public YamlPath()
    {
    }

    private YamlPath(YamlPath parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>The path of the value under <paramref name="key"/>.</summary>
    public YamlPath Key(string key) => new(this, key, -1);

    /// <summary>The path of the item at <paramref name="index"/>.</summary>
    public YamlPath Index(int index) => new(this, null, index);

    /// <summary>The path as <c>a.b[2].c</c> (empty for the root).</summary>
    public override string ToString()
    {
        var steps = new List<YamlPath>();
        for (var step = this; step._parent is not null; step = step._parent)
        {
            steps.Add(step);
        }

        var text = new StringBuilder();
        for (var position = steps.Count - 1; position >= 0; position--)
        {
            var step = steps[position];
            if (step._key is null)
            {
                text.Append('[').Append(step._index).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(step._key);
            }
        }

        return text.ToString();
    }
}
