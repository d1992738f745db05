using System;
using System.Collections.Concurrent;

namespace OpenCode.Manifests.Values.Shapes;

/// <summary>The per-type cache of <see cref="TypeShape"/>s (reflection runs once per type).</summary>
internal static class TypeShapes
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();

    public static TypeShape Get(Type type) => Cache.GetOrAdd(type, TypeShapeFactory.Create);
}
