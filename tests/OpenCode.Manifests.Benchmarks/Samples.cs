using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>Repeated measurements of one quantity; the benchmark reports the median (robust to one noisy run).</summary>
public sealed class Samples
{
    private readonly List<double> values = new();

    /// <summary>Adds a measurement.</summary>
    public void Add(double value) => values.Add(value);

    /// <summary>How many measurements.</summary>
    public int Count => values.Count;

    /// <summary>The median.</summary>
    public double Median
    {
        get
        {
            if (values.Count == 0)
            {
                throw new InvalidOperationException("no samples");
            }

            var sorted = values.OrderBy(v => v).ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    /// <summary>The smallest measurement.</summary>
    public double Min => values.Min();

    /// <summary>The largest measurement.</summary>
    public double Max => values.Max();
}
