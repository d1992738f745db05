using System.Runtime.CompilerServices;

namespace OpenCode.Manifests.Values;

/// <summary>
/// Remembers how a KubernetesClient <c>IntOrString</c> or <c>ResourceQuantity</c> was spelled in YAML. Those
/// classes cannot hold it: <c>ResourceQuantity</c> canonicalises (<c>0.5</c> becomes <c>500m</c>) and
/// <c>IntOrString</c> forgets whether <c>"8080"</c> was quoted. The text is attached to the instance that was
/// read (a weak table, so nothing leaks) and used when that same, unchanged instance is written back.
/// </summary>
internal static class KubernetesScalarMemory
{
    private static readonly ConditionalWeakTable<object, Spelling> Spellings = new();

    public static void Remember(object instance, string text, bool wasQuoted) =>
        Spellings.AddOrUpdate(instance, new Spelling(text, wasQuoted));

    public static bool TryRecall(object instance, out string text, out bool wasQuoted)
    {
        if (Spellings.TryGetValue(instance, out var spelling))
        {
            text = spelling.Text;
            wasQuoted = spelling.WasQuoted;
            return true;
        }

        text = string.Empty;
        wasQuoted = false;
        return false;
    }

    private sealed record Spelling(string Text, bool WasQuoted);
}
