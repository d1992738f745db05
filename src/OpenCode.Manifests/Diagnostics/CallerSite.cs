using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace OpenCode.Manifests.Diagnostics;

/// <summary>
/// The user's line that called a property setter or init accessor. Accessors get no caller information, so the
/// line is read from the call stack with the caller's portable PDB (which <c>dotnet build</c> writes by default).
/// A call from this library (a default filled in, a value copied from a workspace onto a handle) is not the user's
/// line: the answer is <see cref="SourceLocation.None"/>, and the declaration's line stands.
/// </summary>
internal static class CallerSite
{
    /// <summary>
    /// The line of the code <paramref name="framesAbove"/> frames above the method that calls this one (1: that
    /// method's caller). Every method on the way must be <c>NoInlining</c> and not tail-call (<c>NoOptimization</c>),
    /// or the frames shift.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public static SourceLocation OutsideThisLibrary(int framesAbove)
    {
        // Frame 0 is this method. The method is looked up first without symbols: most setters run inside the library.
        var caller = new StackFrame(framesAbove + 1, false).GetMethod();
        if (caller is null || caller.DeclaringType?.Assembly == typeof(CallerSite).Assembly)
        {
            return SourceLocation.None;
        }

        var frame = new StackFrame(framesAbove + 1, true);
        return SourceLocation.FromCaller(frame.GetFileName() ?? string.Empty, frame.GetFileLineNumber());
    }
}
