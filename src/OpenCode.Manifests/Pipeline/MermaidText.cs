using System;
using System.Text;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// Text inside a Mermaid label (<c>id["…"]</c>, <c>--&gt;|"…"|</c>): characters Mermaid would read as syntax, as an
/// entity code (<c>#35;</c>, <c>#quot;</c>) or as HTML are written as entity codes, line breaks as <c>&lt;br/&gt;</c>.
/// </summary>
public static class MermaidText
{
    /// <summary>The label text for <paramref name="text"/> (without the surrounding quotes).</summary>
    public static string Label(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            label.Append(c switch
            {
                '#' => "#35;",
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '`' => "#96;",
                '\n' => "<br/>",
                '\r' => string.Empty,
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return label.ToString();
    }
}
