using OpenCode.Manifests.Values;
using YamlDotNet.Core;

namespace OpenCode.Manifests.Rendering;

/// <summary>
/// Our one quoting rule for strings. A string is written
/// <list type="bullet">
/// <item>as a literal block (<c>|</c>, <c>|-</c>, <c>|+</c>) when it spans several lines and every line can be
/// shown verbatim (no control characters, no trailing blanks) — shell scripts stay readable;</item>
/// <item>plain when the text cannot be mistaken for anything else: it is not empty, has no surrounding blanks,
/// does not start with a YAML indicator (<c>?:,[]{}#&amp;*!|&gt;'"%@`</c>, or <c>-</c> alone or followed by a
/// blank — so command-line flags such as <c>--port</c> and <c>-c</c> stay plain), contains neither <c>": "</c> nor
/// <c>" #"</c>, does not end with <c>:</c>, has no control characters, and reads back as a string under both
/// the YAML 1.2 core schema and YAML 1.1 (so not <c>true</c>, <c>yes</c>, <c>on</c>, <c>~</c>, <c>1.2</c>,
/// <c>0400</c>, <c>0x1F</c>, <c>1e3</c>, <c>.inf</c>, <c>2024-01-01</c> …);</item>
/// <item>double-quoted otherwise. Single quotes are never used, so there is one quoted form to read.</item>
/// </list>
/// </summary>
internal static class ScalarStyleRule
{
    private const string LeadingIndicators = "?:,[]{}#&*!|>'\"%@`";

    /// <summary>The style a string value is written with.</summary>
    public static ScalarStyle ForString(string text)
    {
        if (text.Contains('\n'))
        {
            return CanBeLiteralBlock(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
        }

        return IsSyntacticallyPlainSafe(text) && !ResolvesAsNonString(text)
            ? ScalarStyle.Plain
            : ScalarStyle.DoubleQuoted;
    }

    /// <summary>The style a mapping key is written with: like a value, but never a block scalar.</summary>
    public static ScalarStyle ForKey(string text)
    {
        var style = ForString(text);
        return style == ScalarStyle.Literal ? ScalarStyle.DoubleQuoted : style;
    }

    /// <summary>
    /// True when the text may be written plain without changing how it is parsed into characters (its type
    /// aside): the conservative syntactic half of the rule.
    /// </summary>
    public static bool IsSyntacticallyPlainSafe(string text)
    {
        if (text.Length == 0
            || LeadingIndicators.Contains(text[0])
            || (text[0] == '-' && (text.Length == 1 || char.IsWhiteSpace(text[1]))) // "- x" would start a list item
            || char.IsWhiteSpace(text[0])
            || char.IsWhiteSpace(text[text.Length - 1])
            || text[text.Length - 1] == ':'
            || text.Contains(": ")
            || text.Contains(" #"))
        {
            return false;
        }

        foreach (var character in text)
        {
            if (IsUnprintable(character) || character == '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a YAML 1.2 or YAML 1.1 reader would read the plain text as a non-string.</summary>
    public static bool ResolvesAsNonString(string text) =>
        YamlCoreSchema.ResolvePlain(text) != YamlScalarType.String || Yaml11Resolution.IsNonString(text);

    private static bool CanBeLiteralBlock(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && (line[line.Length - 1] == ' ' || line[line.Length - 1] == '\t'))
            {
                return false; // trailing blanks would be invisible (and stripped by editors)
            }

            foreach (var character in line)
            {
                if (IsUnprintable(character))
                {
                    return false;
                }
            }
        }

        // A leading blank line or leading spaces on the first line need an indentation indicator; the emitter
        // writes one, but a string made only of line breaks is clearer quoted.
        return text.Trim('\n').Length > 0;
    }

    private static bool IsUnprintable(char character) =>
        (char.IsControl(character) && character != '\t' && character != '\n')
        || character is '\uFEFF' or '\u2028' or '\u2029' or '\u0085'
        || char.IsSurrogate(character);
}
