using System;
using System.Globalization;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// A Unix file mode. YAML 1.1 reads <c>0400</c> as octal and YAML 1.2 as decimal 400, so modes are always
/// written as plain decimal (<c>0400</c> → <c>256</c>); C# code writes them in octal-looking form with
/// <see cref="Octal"/>.
/// </summary>
public readonly record struct FileMode
{
    private FileMode(int value) => Value = value;

    /// <summary>The mode as a number (e.g. 256 for 0400).</summary>
    public int Value { get; }

    /// <summary>Owner read only (0400).</summary>
    public static FileMode OwnerRead => Octal("0400");

    /// <summary>Owner read and write (0600).</summary>
    public static FileMode OwnerReadWrite => Octal("0600");

    /// <summary>Owner and group read (0440).</summary>
    public static FileMode OwnerGroupRead => Octal("0440");

    /// <summary>Parses an octal mode such as <c>"0400"</c>.</summary>
    public static FileMode Octal(string octal)
    {
        if (string.IsNullOrEmpty(octal) || octal.Length > 4)
        {
            throw new FormatException($"'{octal}' is not an octal file mode such as 0400.");
        }

        var value = 0;
        foreach (var c in octal)
        {
            if (c < '0' || c > '7')
            {
                throw new FormatException($"'{octal}' is not an octal file mode such as 0400.");
            }

            value = (value * 8) + (c - '0');
        }

        return new FileMode(value);
    }

    /// <summary>The octal spelling, e.g. <c>0400</c>.</summary>
    public override string ToString() => "0" + Convert.ToString(Value, 8).PadLeft(3, '0').ToString(CultureInfo.InvariantCulture);
}
