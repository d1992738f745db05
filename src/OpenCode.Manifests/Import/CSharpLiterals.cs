using System.Globalization;
using System.Text;

namespace OpenCode.Manifests.Import;

/// <summary>C# source spellings of constants.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A regular string literal. Multi-line text becomes one literal per line joined with <c>+</c>, so scripts stay
    /// readable while line endings stay exactly <c>\n</c> whatever the generated file's line endings become.
    /// </summary>
    public static string String(string value, string continuationIndent)
    {
        var lines = SplitKeepingNewlines(value);
        if (lines.Count <= 1)
        {
            return Quote(value);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n').Append(continuationIndent).Append("+ ");
            }

            builder.Append(Quote(lines[i]));
        }

        return builder.ToString();
    }

    /// <summary>Text for an XML doc comment.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A single-line regular string literal.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A double that reads back to the same value.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text + "d" : text + ".0d";
    }

    private static System.Collections.Generic.List<string> SplitKeepingNewlines(string value)
    {
        var lines = new System.Collections.Generic.List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\n')
            {
                lines.Add(value.Substring(start, i - start + 1));
                start = i + 1;
            }
        }

        if (start < value.Length)
        {
            lines.Add(value.Substring(start));
        }

        return lines;
    }
}
