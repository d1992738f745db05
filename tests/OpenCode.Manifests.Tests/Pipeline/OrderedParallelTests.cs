using System;
using System.IO;
using System.Linq;
using System.Threading;
using OpenCode.Manifests.Pipeline;
using Xunit;

namespace OpenCode.Manifests.Tests.Pipeline;

/// <summary>
/// The pipeline's parallel map must give what a loop gives: results in input order, and the failure of the first
/// failing item by position, unwrapped, whatever the scheduling.
/// </summary>
public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_back_in_input_order_when_later_items_finish_first()
    {
        var items = Enumerable.Range(0, 400).ToList();
        var results = OrderedParallel.Map(items, i =>
        {
            // Early items are slower, so they finish after later ones on other threads.
            Thread.SpinWait(i < 50 ? 20_000 : 10);
            return i * 2;
        });

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void The_first_failure_by_position_is_rethrown_as_itself()
    {
        var items = Enumerable.Range(0, 400).ToList();
        var error = Assert.Throws<IOException>(() => OrderedParallel.Map(items, i =>
        {
            // Item 300 fails at once, item 100 only after spinning: by time, 300 fails first.
            if (i == 100)
            {
                Thread.SpinWait(200_000);
                throw new IOException("item 100");
            }

            return i == 300 ? throw new InvalidOperationException("item 300") : i;
        }));

        Assert.Equal("item 100", error.Message);
    }

    [Fact]
    public void Few_items_run_as_a_loop_on_the_calling_thread_and_stop_at_the_first_failure()
    {
        var caller = Environment.CurrentManagedThreadId;
        var seen = 0;
        var items = Enumerable.Range(0, OrderedParallel.SequentialBelow - 1).ToList();
        Assert.Throws<IOException>(() => OrderedParallel.Map(items, i =>
        {
            Assert.Equal(caller, Environment.CurrentManagedThreadId);
            seen++;
            return i == 3 ? throw new IOException("item 3") : i;
        }));

        Assert.Equal(4, seen);
    }

    /// <summary>Negative control: the order check fails on results that are not in input order.</summary>
    [Fact]
    public void The_order_check_sees_a_reordering()
    {
        var items = Enumerable.Range(0, 400).ToList();
        var reversed = OrderedParallel.Map(items, i => i).Reverse().ToArray();
        Assert.NotEqual(items, reversed);
    }
}
