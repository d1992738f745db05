using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Copies a KubernetesClient model the way the generated object initializer would build it: only through public
/// properties and the spellings of <see cref="KubernetesScalarSpelling"/>. Writing the copy and the original and
/// comparing tells whether the C# initializer is lossless (the reader can attach state C# cannot set).
/// </summary>
internal static class KubernetesModelMirror
{
    /// <summary>The copy, or null when C# cannot build it (a quantity text that does not parse).</summary>
    public static object? TryCopy(object value)
    {
        try
        {
            return Copy(value);
        }
        catch (NotExpressibleException)
        {
            return null;
        }
    }

    private static object? Copy(object? value)
    {
        switch (value)
        {
            case null:
            case string:
            case ValueType:
                return value;
            case ResourceQuantity quantity:
                return KubernetesScalarSpelling.Of(quantity).Value ?? throw new NotExpressibleException();
            case IntOrString intOrString:
                return KubernetesScalarSpelling.Of(intOrString).Value;
        }

        var type = value.GetType();
        if (value is IDictionary dictionary)
        {
            var copy = (IDictionary)Activator.CreateInstance(ConcreteType(type))!;
            foreach (DictionaryEntry entry in dictionary)
            {
                copy[entry.Key] = Copy(entry.Value);
            }

            return copy;
        }

        if (value is IList list)
        {
            var copy = (IList)Activator.CreateInstance(ConcreteType(type))!;
            foreach (var item in list)
            {
                copy.Add(Copy(item));
            }

            return copy;
        }

        if (type.Namespace != "k8s.Models")
        {
            // Our own records inside a Kubernetes model do not occur; keep them as they are.
            return value;
        }

        var result = Activator.CreateInstance(type)!;
        foreach (var member in CSharpValueWriter.WritableMembers(type))
        {
            member.Property.SetValue(result, Copy(member.Property.GetValue(value)));
        }

        return result;
    }

    private static Type ConcreteType(Type type)
    {
        if (!type.IsInterface)
        {
            return type;
        }

        var arguments = type.GetGenericArguments();
        return arguments.Length == 2 ? typeof(Dictionary<,>).MakeGenericType(arguments) : typeof(List<>).MakeGenericType(arguments);
    }

    private sealed class NotExpressibleException : Exception
    {
    }
}
