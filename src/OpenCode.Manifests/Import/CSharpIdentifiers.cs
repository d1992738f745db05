using System.Collections.Generic;
using System.Text;

namespace OpenCode.Manifests.Import;

/// <summary>Turns chart keys and release names into C# identifiers, unique within one scope.</summary>
internal sealed class CSharpIdentifiers
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "var", "values", "release", "record", "value",
    };

    private readonly HashSet<string> used = new();

    /// <summary>
    /// Identifiers where <paramref name="names"/> are taken: the generated <c>Compose(AppBuilder app)</c> has its
    /// parameter <c>app</c> and the <c>spec</c> lambda parameter, so no local may shadow them.
    /// </summary>
    public static CSharpIdentifiers Reserving(params string[] names)
    {
        var identifiers = new CSharpIdentifiers();
        identifiers.used.UnionWith(names);
        return identifiers;
    }

    /// <summary>A camelCase local name made from <paramref name="parts"/>, unique in this scope.</summary>
    public string Local(params string[] parts)
    {
        var pascal = Pascal(string.Join("-", parts));
        var name = pascal.Length == 0 ? "item" : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Reserve(Keywords.Contains(name) ? name + "Value" : name);
    }

    /// <summary>A PascalCase name unique in this scope.</summary>
    public string Type(string text, string suffix)
    {
        var name = Pascal(text);
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            name = "Release" + name;
        }

        return Reserve(name + suffix);
    }

    /// <summary>PascalCase of the letters and digits of <paramref name="text"/>; other characters split words.</summary>
    public static string Pascal(string text)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        var result = builder.ToString();
        return result.Length > 0 && char.IsDigit(result[0]) ? "_" + result : result;
    }

    private string Reserve(string name)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
