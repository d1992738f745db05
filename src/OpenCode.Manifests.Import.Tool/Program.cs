using System;
using OpenCode.Manifests.Import;

namespace OpenCode.Manifests.Import.Tool;

/// <summary>The <c>ocm-import</c> dotnet tool: all logic lives in <see cref="ImportCommand"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return ImportCommand.Run(args, Console.Out, Console.Error);
        }
        catch (Exception exception)
        {
            // A bug in the importer, not a problem with the input (those are OCM4nnn diagnostics): say so plainly.
            Console.Error.WriteLine("ocm-import: internal error: " + exception);
            return 2;
        }
    }
}
