using System.Text.RegularExpressions;

namespace OpenCode.Manifests.Rendering;

/// <summary>
/// The plain-scalar spellings that a YAML 1.1 reader (Helm's go-yaml, Kustomize, older tools) turns into
/// something other than a string. A string we write must not be read back as a boolean, number, null or
/// timestamp by those tools either, so the quoting rule checks this as well as the 1.2 core schema.
/// </summary>
internal static class Yaml11Resolution
{
    private static readonly Regex[] NonStringPatterns =
    [
        // booleans (YAML 1.1 bool type)
        new(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"),
        // null
        new(@"^(~|null|Null|NULL)$"),
        // integers: binary, octal (leading 0), decimal with underscores, hex, sexagesimal
        new(@"^[-+]?0b[0-1_]+$"),
        new(@"^[-+]?0[0-7_]+$"),
        new(@"^[-+]?(0|[1-9][0-9_]*)$"),
        new(@"^[-+]?0x[0-9a-fA-F_]+$"),
        new(@"^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$"),
        // floats, including forms without digits before the point and sexagesimal ones
        new(@"^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?$"),
        new(@"^[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)$"),
        new(@"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$"),
        new(@"^[-+]?\.(inf|Inf|INF)$"),
        new(@"^\.(nan|NaN|NAN)$"),
        // Go's strconv.ParseFloat, which go-yaml falls back to for text starting with a sign
        new(@"^[-+](inf|infinity|nan)$", RegexOptions.IgnoreCase),
        // timestamps (a date, optionally followed by a time)
        new(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|$)"),
        // the merge key and the value key
        new(@"^(<<|=)$"),
    ];

    /// <summary>True when a YAML 1.1 reader would not read the plain text as a string.</summary>
    public static bool IsNonString(string text)
    {
        foreach (var pattern in NonStringPatterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
