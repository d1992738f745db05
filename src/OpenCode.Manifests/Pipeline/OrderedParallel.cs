using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// Runs independent work items on all cores with a result that does not depend on scheduling: results come back in
/// input order, and when items fail, the failure of the first failing item (by position) is rethrown as itself (not
/// wrapped), exactly as a loop over the items would have thrown it.
/// </summary>
/// <remarks>
/// Fewer than <see cref="SequentialBelow"/> items run in a plain loop on the calling thread (which stops at the first
/// failure): for a one-workspace tree, waking pool threads costs more than the handful of items saves.
/// </remarks>
public static class OrderedParallel
{
    /// <summary>Below this many items the work runs as a plain loop.</summary>
    public const int SequentialBelow = 32;

    /// <summary>Maps every item; the results are in the order of <paramref name="items"/>.</summary>
    public static TResult[] Map<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TResult[items.Count];
        if (items.Count < SequentialBelow || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = map(items[i]);
            }

            return results;
        }

        var failures = new ExceptionDispatchInfo?[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            try
            {
                results[i] = map(items[i]);
            }
#pragma warning disable CA1031 // Not swallowed: the first failure by position is rethrown below.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures[i] = ExceptionDispatchInfo.Capture(exception);
            }
        });

        foreach (var failure in failures)
        {
            failure?.Throw();
        }

        return results;
    }
}
