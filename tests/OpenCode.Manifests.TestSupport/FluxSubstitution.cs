using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// Flux kustomize-controller's post-build substitution (fluxcd/pkg/envsubst, non-strict), applied like Flux
/// applies it: to the output of <c>kustomize build</c>, after the build. Only <c>${…}</c> is an expression
/// (plain <c>$VAR</c> is left alone); <c>$$</c> is an escaped <c>$</c>; an unset variable becomes empty; an
/// expression whose name is not a variable name fails the whole build, as Flux does ("unable to parse
/// variable name"). The subset modelled: <c>${VAR}</c> and the default forms <c>-</c>, <c>=</c>, <c>:-</c>,
/// <c>:=</c>; any other function is reported rather than guessed.
/// </summary>
public static class FluxSubstitution
{
    private static readonly Regex Name = new(@"^[_\p{L}][_\p{L}\p{Nd}]*$", RegexOptions.CultureInvariant);
    private static readonly Regex WithDefault = new(@"^([_\p{L}][_\p{L}\p{Nd}]*)(:?[-=])(.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static string Apply(string text, IReadOnlyDictionary<string, string> variables)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '$' && i + 1 < text.Length && text[i + 1] == '$')
            {
                result.Append('$');
                i++;
                continue;
            }

            if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0)
                {
                    throw new FormatException($"envsubst: unclosed '${{' at offset {i}");
                }

                result.Append(Evaluate(text.Substring(i + 2, close - i - 2), variables));
                i = close;
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string Evaluate(string expression, IReadOnlyDictionary<string, string> variables)
    {
        if (Name.IsMatch(expression))
        {
            return variables.TryGetValue(expression, out var value) ? value : string.Empty;
        }

        var match = WithDefault.Match(expression);
        if (match.Success)
        {
            var name = match.Groups[1].Value;
            var op = match.Groups[2].Value;
            var fallback = match.Groups[3].Value;
            var set = variables.TryGetValue(name, out var value);
            var useDefault = op.StartsWith(':') ? !set || value!.Length == 0 : !set;
            return useDefault ? fallback : value!;
        }

        throw new FormatException($"envsubst: variable substitution failed: unable to parse variable name in '${{{expression}}}'");
    }
}
