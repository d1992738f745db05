using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Rendering;

/// <summary>
/// Compares YAML documents by meaning rather than text, as Flux and kubectl read them (YAML 1.1, see
/// <see cref="YamlScalars"/>): mappings ignoring key order, sequences in order, scalars by value (integers
/// numerically, so <c>0x10</c> equals <c>16</c>, <c>0775</c> equals <c>509</c> and an integer equals a float of the
/// same value; quoted scalars are strings; all spellings of null are equal; <c>yes</c> equals <c>true</c>). Anchors
/// and aliases are compared by what they point to, and merge keys (<c>&lt;&lt;: *x</c>) by the entries they merge, as
/// Helm's YAML reader sees them.
/// </summary>
/// <remarks>
/// Lenient scalar typing additionally treats a string as equal to a number or boolean spelled with the same
/// text (<c>"1.2"</c> and <c>1.2</c>). Helm charts usually render such values with <c>toString</c>/<c>quote</c>,
/// so the difference is often immaterial, but not always: strict mode is the default for a reason.
/// </remarks>
public static class YamlSemantics
{
    /// <summary>True when the two nodes mean the same; <paramref name="firstDifference"/> says where they differ.</summary>
    /// <param name="a">The expected document.</param>
    /// <param name="b">The actual document.</param>
    /// <param name="lenientScalars">Treat strings and numbers/booleans with the same text as equal.</param>
    /// <param name="firstDifference">The path and description of the first difference, or null.</param>
    public static bool AreEqual(YamlNode a, YamlNode b, bool lenientScalars, out string? firstDifference)
    {
        var comparison = Compare(a, b, lenientScalars);
        firstDifference = comparison.FirstDifference;
        return comparison.AreEqual;
    }

    /// <summary>Compares two nodes and counts the comparisons that needed lenient scalar typing.</summary>
    /// <param name="a">The expected document.</param>
    /// <param name="b">The actual document.</param>
    /// <param name="lenientScalars">Treat strings and numbers/booleans with the same text as equal.</param>
    public static YamlComparison Compare(YamlNode a, YamlNode b, bool lenientScalars)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var comparer = new Comparer(lenientScalars);
        var difference = comparer.Difference(a, b, "$");
        return new YamlComparison(difference is null, difference, comparer.LenientMatches);
    }

    private sealed class Comparer(bool lenient)
    {
        public int LenientMatches { get; private set; }

        public string? Difference(YamlNode a, YamlNode b, string path)
        {
            switch (a)
            {
                case YamlScalarNode scalarA when b is YamlScalarNode scalarB:
                    return ScalarsEqual(scalarA, scalarB, countLeniency: true)
                        ? null
                        : $"{path}: expected {YamlRead.Describe(a)} but found {YamlRead.Describe(b)}";
                case YamlSequenceNode sequenceA when b is YamlSequenceNode sequenceB:
                    return SequenceDifference(sequenceA, sequenceB, path);
                case YamlMappingNode mappingA when b is YamlMappingNode mappingB:
                    return MappingDifference(mappingA, mappingB, path);
                default:
                    return $"{path}: expected {YamlRead.Describe(a)} but found {YamlRead.Describe(b)}";
            }
        }

        private string? SequenceDifference(YamlSequenceNode a, YamlSequenceNode b, string path)
        {
            if (a.Children.Count != b.Children.Count)
            {
                return $"{path}: expected {a.Children.Count} items but found {b.Children.Count}";
            }

            for (var index = 0; index < a.Children.Count; index++)
            {
                var difference = Difference(a.Children[index], b.Children[index], $"{path}[{index}]");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        private string? MappingDifference(YamlMappingNode a, YamlMappingNode b, string path)
        {
            var unmatched = MergeKeys.Entries(b).ToList();
            foreach (var entry in MergeKeys.Entries(a))
            {
                var keyText = KeyText(entry.Key);
                var matchIndex = unmatched.FindIndex(candidate => KeysEqual(entry.Key, candidate.Key, allowLenient: false));
                if (matchIndex < 0 && lenient)
                {
                    matchIndex = unmatched.FindIndex(candidate => KeysEqual(entry.Key, candidate.Key, allowLenient: true));
                    if (matchIndex >= 0)
                    {
                        LenientMatches++;
                    }
                }

                if (matchIndex < 0)
                {
                    return $"{path}: key '{keyText}' is missing";
                }

                var difference = Difference(entry.Value, unmatched[matchIndex].Value, $"{path}.{keyText}");
                if (difference is not null)
                {
                    return difference;
                }

                unmatched.RemoveAt(matchIndex);
            }

            return unmatched.Count == 0 ? null : $"{path}: unexpected key '{KeyText(unmatched[0].Key)}'";
        }

        private static bool KeysEqual(YamlNode a, YamlNode b, bool allowLenient)
        {
            if (a is YamlScalarNode scalarA && b is YamlScalarNode scalarB)
            {
                return StrictScalarsEqual(scalarA, scalarB) || (allowLenient && LenientlyEqual(scalarA, scalarB));
            }

            return new Comparer(lenient: false).Difference(a, b, "$") is null;
        }

        private bool ScalarsEqual(YamlScalarNode a, YamlScalarNode b, bool countLeniency)
        {
            if (StrictScalarsEqual(a, b))
            {
                return true;
            }

            if (lenient && LenientlyEqual(a, b))
            {
                if (countLeniency)
                {
                    LenientMatches++;
                }

                return true;
            }

            return false;
        }

        private static bool StrictScalarsEqual(YamlScalarNode a, YamlScalarNode b) => YamlEquality.ScalarsEqual(a, b);

        private static bool LenientlyEqual(YamlScalarNode a, YamlScalarNode b)
        {
            var typeA = YamlScalars.Resolve(a);
            var typeB = YamlScalars.Resolve(b);
            var oneIsStringOtherNumberOrBoolean =
                (typeA == YamlScalarType.String && IsNumberOrBoolean(typeB))
                || (typeB == YamlScalarType.String && IsNumberOrBoolean(typeA));
            return oneIsStringOtherNumberOrBoolean && string.Equals(a.Value, b.Value, StringComparison.Ordinal);
        }

        private static bool IsNumeric(YamlScalarType type) => type is YamlScalarType.Integer or YamlScalarType.Float;

        private static bool IsNumberOrBoolean(YamlScalarType type) => IsNumeric(type) || type == YamlScalarType.Boolean;

        private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : YamlRead.Describe(key);
    }
}
