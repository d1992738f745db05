using System;
using System.Linq;
using System.Numerics;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Equality of YAML values by what Flux reads (YAML 1.1): mappings ignoring key order (merge keys expanded),
/// sequences in order, scalars by value (<c>0775</c> equals <c>509</c>, <c>yes</c> equals <c>true</c>, every
/// spelling of null is equal; <c>"1"</c> differs from <c>1</c>).
/// </summary>
public static class YamlEquality
{
    /// <summary>True when the two nodes mean the same.</summary>
    public static bool AreEqual(YamlNode a, YamlNode b)
    {
        switch (a)
        {
            case YamlScalarNode scalarA when b is YamlScalarNode scalarB:
                return ScalarsEqual(scalarA, scalarB);
            case YamlSequenceNode sequenceA when b is YamlSequenceNode sequenceB:
                return sequenceA.Children.Count == sequenceB.Children.Count
                    && sequenceA.Children.Zip(sequenceB.Children).All(pair => AreEqual(pair.First, pair.Second));
            case YamlMappingNode mappingA when b is YamlMappingNode mappingB:
                var entriesA = MergeKeys.Entries(mappingA);
                var entriesB = MergeKeys.Entries(mappingB).ToList();
                if (entriesA.Count != entriesB.Count)
                {
                    return false;
                }

                foreach (var entry in entriesA)
                {
                    var match = entriesB.FindIndex(candidate => AreEqual(entry.Key, candidate.Key));
                    if (match < 0 || !AreEqual(entry.Value, entriesB[match].Value))
                    {
                        return false;
                    }

                    entriesB.RemoveAt(match);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>True when two scalars mean the same value.</summary>
    public static bool ScalarsEqual(YamlScalarNode a, YamlScalarNode b)
    {
        var typeA = YamlScalars.Resolve(a);
        var typeB = YamlScalars.Resolve(b);
        var textA = a.Value ?? string.Empty;
        var textB = b.Value ?? string.Empty;
        if (IsNumeric(typeA) && IsNumeric(typeB))
        {
            if (YamlScalars.TryParseInteger(textA, out BigInteger integerA) && YamlScalars.TryParseInteger(textB, out BigInteger integerB))
            {
                return integerA == integerB;
            }

            return YamlScalars.TryParseNumber(textA, out var numberA)
                && YamlScalars.TryParseNumber(textB, out var numberB)
                && numberA.Equals(numberB); // double.Equals treats NaN as equal to NaN
        }

        if (typeA != typeB)
        {
            return false;
        }

        return typeA switch
        {
            YamlScalarType.Null => true,
            YamlScalarType.Boolean => YamlScalars.TryParseBoolean(textA, out var flagA) && YamlScalars.TryParseBoolean(textB, out var flagB) && flagA == flagB,
            _ => string.Equals(textA, textB, StringComparison.Ordinal),
        };
    }

    /// <summary>A hash code consistent with <see cref="AreEqual"/>.</summary>
    public static int GetHashCode(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ScalarHash(scalar),
        YamlSequenceNode sequence => sequence.Children.Aggregate(17, (hash, child) => unchecked((hash * 31) + GetHashCode(child))),
        // Order-independent: a sum of the entry hashes.
        YamlMappingNode mapping => MergeKeys.Entries(mapping).Aggregate(19, (hash, entry) =>
            unchecked(hash + ((GetHashCode(entry.Key) * 397) ^ GetHashCode(entry.Value)))),
        _ => 0,
    };

    private static int ScalarHash(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        return YamlScalars.Resolve(scalar) switch
        {
            YamlScalarType.Null => 0,
            YamlScalarType.Boolean => YamlScalars.TryParseBoolean(text, out var flag) && flag ? 1 : 2,
            YamlScalarType.Integer or YamlScalarType.Float => YamlScalars.TryParseNumber(text, out var number) ? number.GetHashCode() : 3,
            _ => StringComparer.Ordinal.GetHashCode(text),
        };
    }

    private static bool IsNumeric(YamlScalarType type) => type is YamlScalarType.Integer or YamlScalarType.Float;
}
