using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>Turns YAML keys, definition names and enum values into C# identifiers.</summary>
internal static class Naming
{
    // Members every record already has: a generated property with one of these names would not compile
    // (or would silently hide the inherited member).
    private static readonly HashSet<string> RecordMemberNames = new()
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone",
        "Finalize", "Deconstruct", "ReferenceEquals",
    };

    public static bool IsReservedMemberName(string name) => RecordMemberNames.Contains(name);

    /// <summary>
    /// PascalCases <paramref name="text"/>: characters that cannot be in an identifier separate words and are
    /// dropped; the first letter of every word is upper-cased, the rest kept (so <c>camelCase</c> survives).
    /// </summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                if (upperNext && char.IsLetter(c))
                {
                    builder.Append(char.ToUpperInvariant(c));
                }
                else
                {
                    builder.Append(c);
                }

                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "_";
        }

        return SyntaxFacts.IsIdentifierStartCharacter(result[0]) ? result : "_" + result;
    }

    /// <summary>
    /// A PascalCase identifier for a key. C# keywords are all lower-case, so a PascalCased name never is one;
    /// a key with no word characters at all becomes <c>Key</c>.
    /// </summary>
    public static string ToIdentifier(string text)
    {
        var name = ToPascalCase(text);
        return name == "_" ? "Key" : name;
    }

    public static bool IsValidTypeName(string? name) =>
        name is { Length: > 0 }
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && name != "_";

    public static bool IsValidNamespace(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!IsValidTypeName(part))
            {
                return false;
            }
        }

        // "global" would read as the global:: alias in the fully qualified names the emitter writes.
        return name != "global" && !name.StartsWith("global.", System.StringComparison.Ordinal);
    }

    /// <summary>A C# string literal for <paramref name="value"/>, escaped so any key or value fits.</summary>
    public static string ToStringLiteral(string value) =>
        SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Returns <paramref name="desired"/>, or it with the smallest numeric suffix not in <paramref name="taken"/>.</summary>
    public static string WithNumericSuffix(string desired, ISet<string> taken)
    {
        if (!taken.Contains(desired))
        {
            return desired;
        }

        for (var i = 2; ; i++)
        {
            var candidate = desired + i.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private static bool IsWordCharacter(char c)
    {
        // Format characters (zero-width spaces and the like) are legal in C# identifiers but invisible.
        if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            return false;
        }

        return c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c);
    }
}
