using System.Text.RegularExpressions;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Recognises a Flux post-build substitution placeholder standing for a whole value: <c>${NAME}</c>,
/// <c>${NAME:=default}</c> or <c>${NAME:-default}</c> (and the colon-less <c>=</c>/<c>-</c> forms envsubst also
/// accepts). Flux replaces the text before the YAML is parsed, so a placeholder may stand where a number is
/// expected.
/// </summary>
public static class FluxPlaceholder
{
    private static readonly Regex Pattern = new(
        @"^\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-=][^}]*)?\}$", RegexOptions.CultureInvariant);

    /// <summary>True when the whole text is one placeholder.</summary>
    public static bool IsPlaceholder(string? text) => text is not null && Pattern.IsMatch(text);

    /// <summary>Throws when the text is not a placeholder.</summary>
    public static string Require(string text, string parameterName)
    {
        if (!IsPlaceholder(text))
        {
            throw new System.ArgumentException(
                $"'{text}' is not a Flux placeholder; expected ${{NAME}}, ${{NAME:=default}} or ${{NAME:-default}}.",
                parameterName);
        }

        return text;
    }
}
