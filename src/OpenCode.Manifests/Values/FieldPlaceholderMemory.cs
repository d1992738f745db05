using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Remembers Flux <c>${VAR}</c> placeholders read into numeric properties of types we do not own (KubernetesClient
/// models such as <c>V1Probe.PeriodSeconds</c>): the property gets a stand-in 0 and the placeholder is attached to
/// the object that was read (a weak table, so nothing leaks). Writing that object gives the placeholder back as
/// long as the property still holds the stand-in.
/// </summary>
internal static class FieldPlaceholderMemory
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, string>> Placeholders = new();

    public static void Remember(object instance, string key, string placeholder) =>
        Placeholders.GetOrCreateValue(instance)[key] = placeholder;

    public static bool TryRecall(object instance, string key, object? currentValue, out string placeholder)
    {
        placeholder = string.Empty;
        return Placeholders.TryGetValue(instance, out var byKey)
            && byKey.TryGetValue(key, out placeholder!)
            && currentValue is not null
            && System.Convert.ToDecimal(currentValue, System.Globalization.CultureInfo.InvariantCulture) == 0m;
    }
}
